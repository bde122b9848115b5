// The editor's preview (scripts/preview.sh): serves a story's pages and watches its folder.
// On each save the pages and static charts are rendered again natively (the prerender with
// `--preview`, which reads the folder as it is now: no wasm build) and every open tab
// reloads itself at the step it showed. A bad edit shows as an overlay over the last good
// version, naming the file, the record and the field. /__preview/frames.html shows a step at
// phone, tablet and desktop widths side by side.
//
//   node scripts/preview.mjs --story stories/luyuan-2023 [--port 8090 (0: any)] [--dist dist]
//
// The pages come without the app (its wasm holds the data it was built with): what shows
// is the page's text and every chart's static picture, the same figures the app draws.
// A change to the app's code (src/, style/) needs a build: scripts/build.sh, then restart.
import { createServer } from "node:http";
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, watch } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
const opt = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const STORY = resolve(ROOT, opt("story", "stories/luyuan-2023"));
const PORT = Number(opt("port", 8090));
const DIST = resolve(ROOT, opt("dist", "dist"));
const TEMPLATE = join(DIST, ".page-template.html");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
};

function fail(message) {
  console.error(`preview: ${message}`);
  process.exit(1);
}
if (!existsSync(join(STORY, "story.json"))) fail(`${STORY} has no story.json: name a story's folder (e.g. stories/luyuan-2023)`);
if (!existsSync(TEMPLATE)) fail(`${DIST} has no page template: build it first (scripts/build.sh)`);

// The prerender, built once (debug, as trunk's hook builds it); it reads the story at run time.
const targetDir = JSON.parse(execFileSync("cargo", ["metadata", "--format-version", "1", "--no-deps"], { cwd: ROOT })).target_directory;
console.log("preview: building the prerender (once)");
execFileSync("cargo", ["build", "--quiet", "--features", "ssr", "--bin", "prerender"], { cwd: ROOT, stdio: "inherit" });
const PRERENDER = join(targetDir, "debug", "prerender");

// The pages go into a folder of their own, on a copy of the built site's assets.
const WORK = join(targetDir, "preview", basename(STORY));
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });
cpSync(DIST, WORK, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });

/** What the tabs are told: the version rendered, or the problems of the last save. */
const state = { version: 0, problems: null, took: 0 };
const clients = new Set();
function tell(client) {
  const event = state.problems ? { problems: state.problems } : { version: state.version, took: state.took };
  client.write(`data: ${JSON.stringify(event)}\n\n`);
}

let running = null;
let again = false;
/** Renders the pages; a save while it runs renders once more after it. */
function render() {
  if (running) {
    again = true;
    return running;
  }
  const started = performance.now();
  running = new Promise((done) => {
    // Relative links only (no STORY_BASE_URL), as a local page should have.
    const env = { ...process.env };
    delete env.STORY_BASE_URL;
    const child = spawn(PRERENDER, ["--preview", STORY, TEMPLATE, WORK], { cwd: ROOT, env });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      state.took = Math.round(performance.now() - started);
      if (code === 0) {
        state.version += 1;
        state.problems = null;
        console.log(`preview: rendered in ${state.took} ms`);
      } else {
        state.problems = err
          .split("\n")
          .map((l) => l.replace(/^prerender: /, "").trim())
          .filter((l) => l && !/^warning: STORY_BASE_URL/.test(l));
        console.log(`preview: ${state.problems.length} problem(s), the last good version stays:\n  ${state.problems.join("\n  ")}`);
      }
      for (const c of clients) tell(c);
      done();
    });
  }).then(() => {
    running = null;
    if (again) {
      again = false;
      return render();
    }
  });
  return running;
}

// Editors save in several steps (a temporary file, a rename): one render per burst.
let timer = null;
watch(STORY, (_, name) => {
  if (!name || !name.endsWith(".json")) return;
  clearTimeout(timer);
  timer = setTimeout(render, 30);
});

const CLIENT = readFileSync(new URL("preview/client.js", import.meta.url), "utf8");
const FRAMES = readFileSync(new URL("preview/frames.html", import.meta.url), "utf8");
// The app stands aside: its module only says it has started, so the page stays its text
// and its static charts.
const NO_APP = `document.dispatchEvent(new Event("story:started")); export default async () => ({});`;

/** A page as served: no app, and the preview's client. */
function previewPage(html) {
  return html
    .replace(/(id="app-assets">\{"js":")[^"]*/, "$1__preview/no-app.js")
    .replace("</body>", `<script src="__preview/client.js"></script></body>`);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  const send = (status, type, body) => {
    res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
    res.end(body);
  };
  if (url.pathname === "/__preview/events") {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
    clients.add(res);
    tell(res);
    req.on("close", () => clients.delete(res));
    return;
  }
  if (url.pathname === "/__preview/client.js") return send(200, TYPES[".js"], CLIENT);
  if (url.pathname === "/__preview/no-app.js") return send(200, TYPES[".js"], NO_APP);
  if (url.pathname === "/__preview/frames.html") return send(200, TYPES[".html"], FRAMES);
  let rel = decodeURIComponent(url.pathname.slice(1)) || "index.html";
  const path = normalize(join(WORK, rel));
  if (!path.startsWith(WORK) || !(await stat(path).catch(() => null))?.isFile()) return send(404, "text/plain", "not found");
  const type = TYPES[extname(path)] || "application/octet-stream";
  const body = await readFile(path);
  send(200, type, type.startsWith("text/html") ? previewPage(body.toString("utf8")) : body);
});
server.listen(PORT, "127.0.0.1", async () => {
  await render();
  const at = `http://127.0.0.1:${server.address().port}/`;
  console.log(`preview: ${at} (frames: ${at}__preview/frames.html), watching ${STORY}`);
});
