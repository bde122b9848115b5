// A static server for dist/, as a newsroom's host would serve it: at any base path, with the
// right types (application/wasm), precompressed .br/.gz when present (else compressed on the
// fly), hashed files cached for a year and HTML revalidated, every file readable cross-origin. Optionally under a strict CSP.
//   node serve.mjs [--dir ../../dist] [--port 8080] [--base /news/2024/luyuan/]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|csv|svg|txt|xml|webmanifest)$/;
const HASHED = /-[0-9a-f]{16}(_bg)?\.\w+$/;

/** Where a server started with `recorder` serves the tests' recorder (tests/browser/recorder.js),
 * which it puts first in every page's <head>: for WebDriver, which has no init scripts. */
const RECORDER_PATH = "/__test/recorder.js";
async function sendRecorder(res) {
  const body = await readFile(new URL("./recorder.js", import.meta.url));
  res.writeHead(200, { "content-type": TYPES[".js"], "content-length": body.length, "access-control-allow-origin": "*" });
  res.end(body);
}

export const STRICT_CSP =
  // What the issue asks for (no inline script), with everything else kept to our own origin;
  // inline style attributes (a chart's reserved aspect ratio) are allowed.
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:";

/** Starts a server; resolves to { url, port, close() }. `url` ends with the base path. */
export async function serve({ dir, base = "/", port = 0, host = "127.0.0.1", csp = null, headers = {}, recorder = false } = {}) {
  const root = resolve(dir);
  base = base.endsWith("/") ? base : base + "/";
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      if (recorder && url.pathname === RECORDER_PATH) return sendRecorder(res);
      if (!url.pathname.startsWith(base)) return send(res, 404, "not found");
      let rel = decodeURIComponent(url.pathname.slice(base.length)) || "index.html";
      if (rel.endsWith("/")) rel += "index.html";
      const path = normalize(join(root, rel));
      if (!path.startsWith(root)) return send(res, 403, "forbidden");
      const info = await stat(path).catch(() => null);
      if (!info || !info.isFile()) return send(res, 404, "not found");
      const ext = extname(path);
      const h = {
        "content-type": TYPES[ext] || "application/octet-stream",
        "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        "x-content-type-options": "nosniff",
        // A sandboxed iframe without allow-same-origin (WordPress's embeds) has an opaque
        // origin: its module script, wasm and data load cross-origin.
        "access-control-allow-origin": "*",
        ...headers,
      };
      if (csp && ext === ".html") h["content-security-policy"] = csp;
      let body = await readFile(path);
      // The tests' recorder, first in <head> (then compressed on the fly, not precompressed).
      const injected = recorder && ext === ".html";
      if (injected) body = Buffer.from(String(body).replace("<head>", `<head><script src="${RECORDER_PATH}"></script>`));
      const accept = String(req.headers["accept-encoding"] || "");
      if (COMPRESSIBLE.test(path)) {
        h["vary"] = "accept-encoding";
        const enc = accept.includes("br") ? "br" : accept.includes("gzip") ? "gzip" : null;
        if (enc) {
          const pre = injected ? null : await readFile(path + (enc === "br" ? ".br" : ".gz")).catch(() => null);
          body = pre ?? (enc === "br" ? brotliCompressSync(body) : gzipSync(body));
          h["content-encoding"] = enc;
        }
      }
      h["content-length"] = body.length;
      res.writeHead(200, h);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      send(res, 500, String(e));
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return {
    port: actual,
    url: `http://${host}:${actual}${base}`,
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections(); // keep-alive sockets would hold the test run open
      }),
  };
}

function send(res, code, text) {
  res.writeHead(code, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf("--" + name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const s = await serve({
    dir: arg("dir", new URL("../../dist", import.meta.url).pathname),
    port: Number(arg("port", 8080)),
    base: arg("base", "/"),
    host: arg("host", "127.0.0.1"),
  });
  console.log(`Serving the story at ${s.url}  (Ctrl-C to stop)`);
}
