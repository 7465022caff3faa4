/**
 * The live map's layer addresses: MapLibre is given topo://<layer>, its worker asks the page for
 * topo-file://<layer>, and each side reads the layer back from the other's address. Anything else
 * is an error that quotes the address.
 */
import { describe, expect, it } from "vitest";
import { TOPO_LAYERS } from "../../../../src/lib/shared/map-sources.ts";
import { addressedLayer, layerAddress, TOPO_FILE_PROTOCOL, TOPO_PROTOCOL } from "../../../../src/lib/shared/topo-url.ts";

describe("layer addresses", () => {
  it("carries every map layer's name there and back, under both protocols", () => {
    for (const protocol of [TOPO_PROTOCOL, TOPO_FILE_PROTOCOL] as const)
      for (const layer of TOPO_LAYERS) expect(addressedLayer(protocol, layerAddress(protocol, layer))).toBe(layer);
    expect(layerAddress(TOPO_PROTOCOL, "villages")).toBe("topo://villages");
  });

  it("reads an address MapLibre has resolved as a URL (with a trailing slash)", () => {
    expect(addressedLayer(TOPO_PROTOCOL, "topo://villages/")).toBe("villages");
  });

  it("refuses a name that is not a layer name, and an address of the other protocol or none", () => {
    expect(() => layerAddress(TOPO_PROTOCOL, "../villages")).toThrow('"../villages" is not a layer name a topo:// address can carry');
    expect(() => addressedLayer(TOPO_PROTOCOL, "topo-file://villages")).toThrow('"topo-file://villages" is not a topo:// layer address');
    expect(() => addressedLayer(TOPO_FILE_PROTOCOL, "https://example.org/geo/villages.topo.json")).toThrow(
      '"https://example.org/geo/villages.topo.json" is not a topo-file:// layer address (topo-file://<layer>)',
    );
  });
});
