/**
 * dist/nginx.conf: the nginx server block's body for self-hosting, from the same rules as
 * dist/_headers (csp.ts), so the two cannot drift apart. See README "Deploy".
 */
import type { APIRoute } from "astro";
import { headerRules } from "../lib/build/csp.ts";
import { LOCALES } from "../i18n/locales.ts";
import { nginxServerBlock } from "../lib/build/nginx-conf.ts";
import { EMBED_VIEWS } from "../content/embeds.ts";

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  return new Response(
    nginxServerBlock(
      headerRules(
        base,
        LOCALES,
        EMBED_VIEWS.map((v) => v.id),
      ),
      base,
    ),
    { headers: { "Content-Type": "text/plain; charset=utf-8" } },
  );
};
