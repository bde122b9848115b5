// A minimal W3C WebDriver client (fetch only), for WebKitGTK's WebKitWebDriver driving
// MiniBrowser: the engine of Safari and of WeChat on iOS. It has no console log, request
// interception, DPR or touch emulation, so tests assert inside the page (with tests/browser/recorder.js).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

export const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Starts WebKitWebDriver on `port`; resolves when it answers. */
export async function startDriver(port) {
  const proc = spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, stop: () => proc.kill() };
    } catch {
      /* not yet */
    }
    await sleep(100);
  }
  proc.kill();
  throw new Error("WebKitWebDriver did not start");
}

async function call(base, method, path, body) {
  const r = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json();
  if (!r.ok || json.value?.error) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

/** A MiniBrowser session: navigate, run scripts in the page, resize, quit. */
export async function newSession(base, { width = 375, height = 667 } = {}) {
  const caps = {
    capabilities: {
      alwaysMatch: {
        browserName: "MiniBrowser",
        // WebKit under software rendering on a busy 2-core machine can take over the default
        // 30 s for a step's script (a chart drawn, a scroll settled): allow more.
        timeouts: { script: 120000, pageLoad: 120000 },
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      },
    },
  };
  const { sessionId } = await call(base, "POST", "/session", caps);
  const s = `/session/${sessionId}`;
  const session = {
    go: (url) => call(base, "POST", `${s}/url`, { url }),
    /** Runs `fn` (a function) in the page with `args`; returns its (awaited) result. */
    run: (fn, ...args) =>
      call(base, "POST", `${s}/execute/async`, {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1)))
            .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`,
        args,
      }).then((r) => {
        if (r && "err" in r) throw new Error(r.err);
        return r?.ok;
      }),
    resize: (w, h) => call(base, "POST", `${s}/window/rect`, { width: w, height: h }),
    quit: () => call(base, "DELETE", s),
  };
  await session.resize(width, height).catch(() => {});
  return session;
}
