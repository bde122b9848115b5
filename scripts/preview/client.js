// The preview's client (scripts/preview.mjs), in every page it serves: when the story is
// rendered again the page reloads at the step it showed; when a save has a problem, an
// overlay names it over the last good version.
(() => {
  history.scrollRestoration = "manual";
  let seen = null;

  /** The step nearest the middle of the view, if any. */
  function stepInView() {
    let best = null;
    let bestAway = Infinity;
    for (const el of document.querySelectorAll("[data-step]")) {
      const r = el.getBoundingClientRect();
      const away = Math.abs((r.top + r.bottom) / 2 - innerHeight / 2);
      if (away < bestAway) [best, bestAway] = [el, away];
    }
    return best && bestAway < innerHeight ? best.id : null;
  }

  function overlay(problems) {
    let box = document.getElementById("preview-problems");
    if (!problems) return box?.remove();
    if (!box) {
      box = document.createElement("section");
      box.id = "preview-problems";
      box.setAttribute("role", "alert");
      box.style.cssText =
        "position:fixed;inset:auto 0 0 0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;" +
        "padding:1rem 1.25rem;background:#fff4f2;color:#5c0f00;border-top:4px solid #b3261e;" +
        "font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
      document.body.append(box);
    }
    box.replaceChildren();
    const head = document.createElement("h2");
    head.style.cssText = "font-size:16px;margin:0 0 .5rem";
    head.textContent = "The last save has a problem. The page shows the last good version.";
    const list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.25rem;font-family:ui-monospace,monospace;font-size:14px";
    for (const p of problems) {
      const li = document.createElement("li");
      li.textContent = p;
      list.append(li);
    }
    box.append(head, list);
  }

  // After a reload at a step: the boot script lays the chapters out once the page is seen
  // (public/boot.js), which moves them; the step is brought back into view after that.
  const landing = decodeURIComponent(location.hash.slice(1));
  if (landing && document.getElementById(landing)?.hasAttribute("data-step")) {
    const root = document.documentElement;
    const started = Date.now();
    const land = () => {
      if (!("laidOut" in root.dataset) && Date.now() - started < 5000) return setTimeout(land, 50);
      document.getElementById(landing).scrollIntoView({ block: "start" });
    };
    land();
  }

  const events = new EventSource(new URL("/__preview/events", location.href));
  events.onmessage = (e) => {
    const news = JSON.parse(e.data);
    overlay(news.problems);
    if (news.problems) return;
    if (seen === null) seen = news.version;
    else if (news.version !== seen) {
      const step = stepInView();
      if (step) history.replaceState(null, "", "#" + step);
      location.reload();
    }
  };
})();
