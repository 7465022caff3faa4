/**
 * The four map layers the site loads, from the validated boundary records: Indonesia's provinces,
 * NTT's regencies (with poverty rates), TTS's sub-districts and TTS's villages (the study villages
 * flagged with the names the paper uses). Tolerances are set for the zooms each layer is seen at
 * (MapLibre's zoom 12 is about 19 m a pixel at this latitude); the grids coordinates are snapped to
 * are finer than the tolerances, so they cannot be seen. Village borders drawn twice upstream are
 * snapped together first (12 m), so that each is stored once.
 */
import type { Topology } from "topojson-specification";
import type { BoundaryRecord } from "./boundary-record.ts";
import { buildLayerTopology, type AreaFeature, type LabelFeature, type LayerSpec } from "./layer-topology.ts";
import { labelPoint } from "./label-point.ts";
import type { StudyArea } from "./manifests.ts";
import type { PovertyProperties } from "./regency-poverty.ts";
import { rewindForD3 } from "./rewind.ts";

export const LAYER_NAMES = ["provinces", "regencies", "districts", "villages"] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export const LAYER_SPECS: Record<LayerName, LayerSpec> = {
  // Seen whole at zooms 3–6; the provinces around NTT stay finer, for the approach to Timor.
  provinces: {
    name: "provinces",
    toleranceMetres: 6000,
    quantization: 2e4,
    minRingAreaKm2: 30,
    detail: { codes: ["51", "52", "53"], toleranceMetres: 800 },
  },
  regencies: { name: "regencies", toleranceMetres: 350, quantization: 2e4, minRingAreaKm2: 0.5 },
  // A 1e4 grid over TTS is 8 m, a 5e3 one 17 m: under a pixel at the zooms these are seen at, and
  // far under the tolerance.
  districts: { name: "districts", toleranceMetres: 60, quantization: 1e4, minRingAreaKm2: 0 },
  villages: { name: "villages", toleranceMetres: 80, quantization: 5e3, minRingAreaKm2: 0, snapMetres: 12 },
};

export interface LayerInputs {
  records: BoundaryRecord[];
  studyArea: StudyArea;
  poverty: Map<string, PovertyProperties>;
}

type Props = Record<string, string | number | boolean | null>;

export function selectLayerRecords(records: BoundaryRecord[], studyArea: StudyArea): Record<LayerName, BoundaryRecord[]> {
  const ntt = `${studyArea.province.code}.`;
  const tts = `${studyArea.regency.code}.`;
  return {
    provinces: records.filter((r) => r.level === "province"),
    regencies: records.filter((r) => r.level === "regency" && r.code.startsWith(ntt)),
    districts: records.filter((r) => r.level === "district" && r.code.startsWith(tts)),
    villages: records.filter((r) => r.level === "village" && r.code.startsWith(tts)),
  };
}

export function buildLayers(inputs: LayerInputs): Record<LayerName, Topology> {
  const selected = selectLayerRecords(inputs.records, inputs.studyArea);
  const study = new Map(inputs.studyArea.villages.map((v) => [v.code, v]));
  const propsFor = (layer: LayerName, r: BoundaryRecord): Props => {
    const base: Props = { code: r.code, name: r.name };
    if (layer === "regencies") return { ...base, ...inputs.poverty.get(r.code) };
    if (layer === "villages") {
      const s = study.get(r.code);
      return {
        ...base,
        district: r.code.slice(0, 8),
        study: Boolean(s),
        paperName: s?.paperName ?? null,
        civilRegistry: r.code === inputs.studyArea.civilRegistry.code,
      };
    }
    return base;
  };
  const out = {} as Record<LayerName, Topology>;
  for (const layer of LAYER_NAMES) {
    const areas: AreaFeature[] = [];
    const labels: LabelFeature[] = [];
    for (const r of selected[layer]) {
      const properties = propsFor(layer, r);
      const geometry = rewindForD3(r.geometry);
      areas.push({ type: "Feature", id: r.code, properties, geometry });
      const labelProps: Props =
        layer === "villages"
          ? { name: r.name, study: properties.study!, paperName: properties.paperName!, civilRegistry: properties.civilRegistry! }
          : { name: r.name };
      labels.push({ type: "Feature", id: r.code, properties: labelProps, geometry: { type: "Point", coordinates: labelPoint(geometry) } });
    }
    out[layer] = buildLayerTopology(areas, labels, LAYER_SPECS[layer]);
  }
  return out;
}
