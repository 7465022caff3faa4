/**
 * A host page on a second localhost port (another origin), as a newspaper article embedding our
 * views. It also serves pym.js's own dist file (the npm package, as a newsroom would load it).
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { markHostPage } from "./site-guard.ts";

const require = createRequire(import.meta.url);
/** Where the host page loads pym.js from (pym.js 1.3's Parent, from node_modules). */
export const PYM_PATH = "/pym.v1.min.js";

export async function startHostServer(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const pym = readFileSync(require.resolve("pym.js/dist/pym.v1.min.js"), "utf8");
  const server: Server = createServer((req, res) => {
    if (req.url === PYM_PATH) {
      res.setHeader("Content-Type", "text/javascript; charset=utf-8");
      res.end(pym);
      return;
    }
    const page = pages[req.url ?? "/"];
    if (!page) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no address");
  const origin = `http://127.0.0.1:${address.port}`;
  markHostPage(origin); // its requests to our pages are the embedding's, not ours
  return {
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
