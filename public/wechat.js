// WeChat's share card (docs/publishing.md#wechat). Loaded by boot.js only inside WeChat's
// browser, at the top of the window, on a page whose build named the newspaper's signature
// endpoint (STORY_WECHAT_SIGNATURE_URL): the page then carries its cards as data
// (#wechat-share, src/page/wechat.rs). Loads the JS-SDK (our own copy, wechat-sdk.js), asks
// the endpoint to sign the page's URL, configures the SDK and sets the card for chats and
// for Moments: the page's, or, at a step, the step's (its link, its chart's title and
// picture), again whenever the step changes. Whatever fails leaves the page as it was, with
// one console message. Plain script, apart from the wasm (the app never waits for it).
(() => {
  const TIMEOUT_MS = 8000;
  const API = ["updateAppMessageShareData", "updateTimelineShareData"];
  let told = false;
  const giveUp = (why) => {
    if (told) return;
    told = true;
    console.warn(`WeChat share card not set: ${why}`);
  };

  let cards;
  try {
    cards = JSON.parse(document.getElementById("wechat-share").textContent);
  } catch (e) {
    return giveUp(`the page's cards do not read (${e.message})`);
  }
  const absolute = (u) => new URL(u, document.baseURI).href;
  // What WeChat signs: the page's URL as loaded, without its hash.
  const pageUrl = location.href.split("#")[0];

  const sdk = new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = absolute(cards.sdk);
    s.onload = resolve;
    s.onerror = () => reject(new Error("the JS-SDK did not load"));
    document.head.append(s);
  });
  const endpoint = new URL(cards.endpoint);
  endpoint.searchParams.set("url", pageUrl);
  // AbortSignal.timeout is newer than iOS 15's WebKit (WeChat on iOS uses the system's).
  const abort = new AbortController();
  const late = setTimeout(() => abort.abort(), TIMEOUT_MS);
  const signature = fetch(endpoint, { credentials: "omit", signal: abort.signal })
    .finally(() => clearTimeout(late))
    .then((r) => {
      if (!r.ok) throw new Error(`the signature endpoint answered ${r.status}`);
      return r.json();
    })
    .then((s) => {
      const ok =
        s && typeof s.appId === "string" && s.appId && typeof s.nonceStr === "string" && s.nonceStr &&
        typeof s.signature === "string" && /^[0-9a-f]{40}$/i.test(s.signature) &&
        /^\d+$/.test(String(s.timestamp));
      if (!ok) throw new Error("the signature endpoint's answer lacks appId, timestamp, nonceStr or signature");
      return s;
    });

  // The step the reader is at: the step engine's active step, else the one the URL names
  // (before the app runs); its card if it has one.
  const current = () => {
    const active = document.querySelector(".step.active");
    const id = active ? active.id : decodeURIComponent(location.hash.slice(1));
    return (id && cards.steps && cards.steps[id]) || cards.card;
  };
  let shown = null;
  const share = (wx) => {
    const c = current();
    if (c === shown) return;
    shown = c;
    const card = { title: c.title, desc: c.desc, link: absolute(c.link), imgUrl: absolute(c.imgUrl) };
    wx.updateAppMessageShareData({ ...card });
    wx.updateTimelineShareData({ title: card.title, link: card.link, imgUrl: card.imgUrl });
  };
  const follow = (wx) => {
    let timer = 0;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => share(wx), 250);
    };
    const watch = new MutationObserver(later);
    for (const step of document.querySelectorAll(".step")) watch.observe(step, { attributes: true, attributeFilter: ["class"] });
    addEventListener("hashchange", later);
  };

  Promise.all([signature, sdk])
    .then(([s]) => {
      const wx = window.wx;
      if (!wx || typeof wx.config !== "function") throw new Error("the JS-SDK did not define wx");
      let settled = false;
      const timer = setTimeout(() => settled || giveUp("wx.ready never came"), TIMEOUT_MS);
      wx.error((e) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        giveUp(`wx.config was refused (${(e && e.errMsg) || "no reason given"})`);
      });
      wx.ready(() => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        share(wx);
        follow(wx);
      });
      wx.config({
        debug: false,
        appId: s.appId,
        timestamp: Number(s.timestamp),
        nonceStr: s.nonceStr,
        signature: s.signature,
        jsApiList: API,
      });
    })
    .catch((e) => giveUp(e.name === "AbortError" ? "the signature endpoint did not answer in time" : e.message));
})();
