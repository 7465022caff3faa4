/** The downloadable data files (chart CSVs, layer GeoJSON), written into dist/downloads/ at build. */
import type { APIRoute, GetStaticPaths } from "astro";
import { downloadContent, downloads } from "../../prerender/downloads/downloads.ts";

export const getStaticPaths = (() =>
  downloads().map((d) => ({ params: { file: d.file }, props: { mediaType: d.mediaType } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { mediaType } = props as { mediaType: string };
  return new Response(downloadContent(params.file!), { headers: { "Content-Type": mediaType } });
};
