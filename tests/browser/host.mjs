// A newsroom's page on ANOTHER origin that embeds the story: with our loader (embed.js), with
// the real pym.js parent (npm pym.js, served from node_modules), with Datawrapper's height
// listener, and a hostile page of yet another origin. The story is served by serve.mjs on
// 127.0.0.1; the host answers on "localhost" (another site) and its hostile frame on
// 127.0.0.1 at the host's port (another origin again).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { STORY } from "./lib.mjs";

const PYM = new URL("../../node_modules/pym.js/dist/pym.v1.min.js", import.meta.url).pathname;

export const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host page</title>
<style>body{margin:0;font:16px/1.5 sans-serif} .filler{height:900px;padding:1rem;background:#eef}</style>
</head><body>
<p class="filler" id="before">The newspaper's own article, before the story.</p>
${body}
<p class="filler" id="after">The newspaper's own article, after the story.</p>
</body></html>`;

// The host records the story's events, as a newsroom's analytics would.
export const RECORD = `<script>
window.__events = [];
document.addEventListener("luyuan:ready", (e) => __events.push(["ready", e.detail]));
document.addEventListener("luyuan:chapter", (e) => __events.push(["chapter", e.detail]));
document.addEventListener("luyuan:lang", (e) => __events.push(["lang", e.detail]));
document.addEventListener("luyuan:share", (e) => __events.push(["share", e.detail]));
</script>`;

/**
 * Starts the host; `story` is the story's folder URL (ending with "/").
 * Resolves to { url (http://localhost:port/), evilUrl (http://127.0.0.1:port/), close(),
 * serve(path, html) } — `serve` puts a page of the test's own on the host (a pasted snippet).
 */
export async function startHost(story) {
  const own = new Map();
  const routes = {
    "/loader.html": () =>
      page(`${RECORD}<div data-luyuan-story="1" data-lang="zh-Hant" id="story-box"></div>
<script async src="${story}embed.js"></script>`),
    // The host allows messages only from an origin that is not the story's: the loader
    // ignores the story's heights and events.
    "/strict.html": () =>
      page(`${RECORD}<div data-luyuan-story="1" data-lang="en" data-height="640" data-allowed-origins="https://elsewhere.example" id="story-box"></div>
<script async src="${story}embed.js"></script>`),
    // One chart, with our loader.
    "/chart.html": () =>
      page(`${RECORD}<div data-luyuan-chart="${STORY.step(0, 1).chart}" data-lang="en" id="chart-box"></div>
<script async src="${story}embed.js"></script>`),
    "/pym.html": () =>
      page(`<div id="pym-story"></div>
<script src="/pym.v1.min.js"></script>
<script>
window.__pymEvents = [];
window.pymParent = new pym.Parent("pym-story", ${JSON.stringify(story + "embed-en.html")}, { trackscroll: true, title: ${JSON.stringify(STORY.siteTitle.en)} });
pymParent.onMessage("luyuan-event", (m) => __pymEvents.push(JSON.parse(m)));
</script>`),
    "/datawrapper.html": () =>
      page(`<iframe id="dw" src="${story}embed-zh-hans.html" title="story" scrolling="no" style="width:100%;border:0;height:400px"></iframe>
<script>
// Datawrapper's responsive embed listener, as newsrooms paste it.
window.addEventListener("message", function (e) {
  if (void 0 !== e.data["datawrapper-height"]) {
    var t = document.querySelectorAll("iframe");
    for (var a in e.data["datawrapper-height"])
      for (var r = 0; r < t.length; r++)
        if (t[r].contentWindow === e.source) t[r].style.height = e.data["datawrapper-height"][a] + "px";
  }
});
</script>`),
    // Served on 127.0.0.1 (another origin than the host's localhost): posts lies to its
    // parent (the host) and to the story's frame, its sibling.
    "/evil.html": () => `<!doctype html><title>evil</title><script>
const story = parent.frames[0];
const id = new URLSearchParams(location.search).get("id") || "story-box";
const lies = [
  "pymxPYMx" + id + "xPYMxheightxPYMx99999",
  { luyuan: 1, type: "event", childId: id, event: "chapter", detail: { chapter: "<img src=x onerror=alert(1)>" } },
  { luyuan: 1, type: "scroll", childId: id, y: 5000 },
  { "datawrapper-height": { [id]: 12345 } },
];
for (const m of lies) parent.postMessage(m, "*");
story.postMessage({ luyuan: 1, type: "viewport", width: 375, height: 667, top: -50000 }, "*");
story.postMessage("pymxPYMx" + id + "xPYMxviewport-iframe-positionxPYMx375 667 -50000 0 0 375", "*");
document.title = "sent";
</script>`,
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/pym.v1.min.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      return res.end(await readFile(PYM));
    }
    if (path === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    const route = own.has(path) ? () => own.get(path) : routes[path];
    if (!route) {
      res.writeHead(404);
      return res.end("not found");
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(route());
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const port = server.address().port;
  return {
    url: `http://localhost:${port}/`,
    evilUrl: `http://127.0.0.1:${port}/`,
    serve: (path, html) => void own.set(path, html),
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
