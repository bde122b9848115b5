// WeChat's share card (src/page/wechat.rs, public/wechat.js): in a browser with WeChat's user
// agent, on dist-wechat/ (built with STORY_WECHAT_SIGNATURE_URL; scripts/test.sh builds it),
// the page loads the JS-SDK, here routed to a stub `wx` that records its calls, asks a stub
// endpoint for the signature, and sets the card of its language, of a step, of a chart's page.
// Each failure leaves the page as it was, with one console message. Without the setting
// (dist/), or outside WeChat, nothing of it loads. Served under a strict CSP that allows the
// endpoint in connect-src only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, startServer, appState, DIST, STORY } from "./lib.mjs";
import { STRICT_CSP } from "./serve.mjs";

const WECHAT_DIST = new URL("../../dist-wechat/", import.meta.url).pathname;
const { story } = STORY;
// Two steps with charts of their own, in different chapters, and a chart with its own page.
const WITH_CHARTS = STORY.steps.filter((s) => s.chart && s.chart !== "hold");
const STEP_A = WITH_CHARTS[1].id;
const STEP_B = WITH_CHARTS.find((s) => s.chapterIndex > WITH_CHARTS[1].chapterIndex && s.chart !== WITH_CHARTS[1].chart).id;
const CHART = STORY.chartIds[0];
const WECHAT_UA =
  "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 " +
  "Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 " +
  "Weixin NetType/WIFI Language/zh_CN ABI/arm64";
const ANSWER = { appId: "wx0123456789abcdef", timestamp: 1733450000, nonceStr: "Wm3WZYTPz0wzccnW", signature: "0f9de62fce790f9a083d5c99e95740ceb90c27ed" };
const PAGES = [
  ["index.html", "zh-Hant", "og-zh-hant.png"],
  ["zh-hans.html", "zh-Hans", "og-zh-hans.png"],
  ["en.html", "en", "og-en.png"],
];

// A stub of the JS-SDK: `wx` records its calls; `window.__wxPlan` says whether wx.config is
// accepted ("ready", the default) or refused ("error").
const STUB_SDK = `(() => {
  const calls = (window.__wxCalls = []);
  let ready = () => {}, error = () => {};
  window.wx = {
    config(c) { calls.push(["config", c]); setTimeout(() => window.__wxPlan === "error" ? error({ errMsg: "config:invalid signature" }) : ready(), 10); },
    ready(f) { ready = f; },
    error(f) { error = f; },
    updateAppMessageShareData(a) { calls.push(["updateAppMessageShareData", a]); },
    updateTimelineShareData(a) { calls.push(["updateTimelineShareData", a]); },
  };
})();`;

let wechatServer, plainServer, endpoint, browser;
before(async () => {
  const block = /<script type="application\/json" id="wechat-share"[^>]*>([^<]*)<\/script>/.exec(readFileSync(WECHAT_DIST + "en.html", "utf8"));
  assert.ok(block, "dist-wechat/en.html carries its WeChat cards (build it with STORY_WECHAT_SIGNATURE_URL: scripts/test.sh browser wechat)");
  endpoint = JSON.parse(block[1]).endpoint;
  const csp = `${STRICT_CSP}; connect-src 'self' ${new URL(endpoint).origin}`;
  wechatServer = await startServer({ dir: WECHAT_DIST, csp });
  plainServer = await startServer({ dir: DIST, csp: STRICT_CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await wechatServer?.close();
  await plainServer?.close();
});

/**
 * Opens `url` in WeChat (or `ua`), with the SDK routed to the stub and the endpoint answering
 * `answer(route)`; records console messages, requests and the endpoint's requests.
 */
async function open(url, { ua = WECHAT_UA, plan = "ready", answer = (r) => json(r, ANSWER) } = {}) {
  const context = await browser.newContext({ userAgent: ua, viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const log = { console: [], requests: [], signed: [], csp: [] };
  page.on("console", (m) => {
    log.console.push(m.text());
    if (/Content.Security.Policy/i.test(m.text())) log.csp.push(m.text());
  });
  page.on("pageerror", (e) => log.console.push(String(e)));
  page.on("request", (r) => log.requests.push(r.url()));
  await page.addInitScript((p) => (window.__wxPlan = p), plan);
  await page.route("**/wechat-sdk.js", (r) => r.fulfill({ contentType: "text/javascript", body: STUB_SDK }));
  await page.route(`${new URL(endpoint).origin}/**`, (r) => {
    log.signed.push(r.request().url());
    return answer(r);
  });
  await page.goto(url, { waitUntil: "load" });
  return { context, page, log };
}
const json = (r, body) => r.fulfill({ status: 200, headers: { "access-control-allow-origin": "*" }, contentType: "application/json", body: JSON.stringify(body) });

const calls = (page) => page.evaluate(() => window.__wxCalls || null);
async function waitCalls(page, n) {
  await page.waitForFunction((n) => (window.__wxCalls || []).filter((c) => c[0] !== "config").length >= n, n, { timeout: 15000 });
  return calls(page);
}
/** The last card set for chats and for Moments. */
function lastCards(list) {
  const last = (name) => list.filter((c) => c[0] === name).at(-1)?.[1];
  return { chat: last("updateAppMessageShareData"), moments: last("updateTimelineShareData") };
}
function pngSize(buf) {
  assert.equal(buf.subarray(1, 4).toString(), "PNG");
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}
async function picture(url) {
  const r = await fetch(url);
  assert.equal(r.status, 200, url);
  assert.deepEqual(pngSize(Buffer.from(await r.arrayBuffer())), [1200, 630], url);
}
const foreign = (log, server) => log.requests.filter((u) => !u.startsWith(new URL(server.url).origin) && !u.startsWith("data:") && !u.startsWith("blob:"));

for (const [file, lang, og] of PAGES) {
  test(`in WeChat, ${file} signs its URL and sets its card in ${lang}`, async () => {
    const url = wechatServer.url + file;
    const { context, page, log } = await open(url + "?from=singlemessage");
    try {
      const list = await waitCalls(page, 2);
      const [config] = list.filter((c) => c[0] === "config").map((c) => c[1]);
      assert.deepEqual(config, { debug: false, ...ANSWER, jsApiList: ["updateAppMessageShareData", "updateTimelineShareData"] });
      assert.equal(log.signed.length, 1);
      assert.equal(new URL(log.signed[0]).searchParams.get("url"), url + "?from=singlemessage", "the page's URL as loaded is signed");
      const { chat, moments } = lastCards(list);
      assert.equal(chat.title, story.title[lang]);
      assert.ok(chat.desc.length > 5 && !chat.desc.includes("\n"), `a one-line description: ${chat.desc}`);
      assert.equal(chat.link, url);
      assert.equal(chat.imgUrl, wechatServer.url + og);
      assert.deepEqual(moments, { title: chat.title, link: chat.link, imgUrl: chat.imgUrl });
      await picture(chat.imgUrl);
      assert.deepEqual(foreign(log, wechatServer), log.signed, "no request leaves the host but the endpoint");
      assert.deepEqual(log.csp, [], "no CSP violation");
      assert.deepEqual(log.console, [], "nothing in the console");
    } finally {
      await context.close();
    }
  });
}

const chartOf = (stepId) => {
  for (const s of story.sections) {
    let chart = null;
    for (const st of s.steps) {
      if (st.chart && st.chart !== "hold") chart = st.chart;
      if (st.id === stepId) return chart;
    }
  }
};
const chartTitle = (id, lang) => STORY.charts.find((c) => c.id === id).title[lang];

test("in WeChat, a link to a step shares the step: its link, its chart's title and picture; a new step updates it", async () => {
  const url = wechatServer.url + "en.html";
  const { context, page, log } = await open(url + `#${STEP_A}`);
  try {
    let { chat, moments } = lastCards(await waitCalls(page, 2));
    const chart = chartOf(STEP_A);
    assert.equal(chat.link, `${url}#${STEP_A}`);
    assert.ok(chat.title.startsWith(chartTitle(chart, "en")), chat.title);
    assert.equal(chat.imgUrl, `${wechatServer.url}og-chart-${chart}-en.png`);
    assert.equal(moments.link, chat.link);
    await picture(chat.imgUrl);
    // The step engine moves to another step: the card follows.
    assert.equal(await appState(page), "ready");
    await page.evaluate((id) => document.getElementById(id).scrollIntoView({ block: "center" }), STEP_B);
    await page.waitForFunction((id) => {
      const cards = (window.__wxCalls || []).filter((c) => c[0] === "updateAppMessageShareData");
      return cards.at(-1)[1].link.endsWith(`#${id}`);
    }, STEP_B, { timeout: 15000 });
    ({ chat, moments } = lastCards(await calls(page)));
    assert.ok(chat.title.startsWith(chartTitle(chartOf(STEP_B), "en")), chat.title);
    assert.equal(chat.imgUrl, `${wechatServer.url}og-chart-${chartOf(STEP_B)}-en.png`);
    assert.equal(moments.link, `${url}#${STEP_B}`);
    assert.deepEqual(foreign(log, wechatServer), log.signed);
  } finally {
    await context.close();
  }
});

test("in WeChat, a chart's page shares that chart", async () => {
  const url = wechatServer.url + `chart-${CHART}-zh-hans.html`;
  const { context, page } = await open(url);
  try {
    const { chat } = lastCards(await waitCalls(page, 2));
    assert.ok(chat.title.startsWith(chartTitle(CHART, "zh-Hans")), chat.title);
    assert.equal(chat.link, url);
    assert.equal(chat.imgUrl, `${wechatServer.url}og-chart-${CHART}-zh-hans.png`);
  } finally {
    await context.close();
  }
});

const FAILURES = [
  ["no endpoint (a network error)", { answer: (r) => r.abort("connectionrefused") }],
  ["an error status", { answer: (r) => r.fulfill({ status: 500, headers: { "access-control-allow-origin": "*" }, body: "oops" }) }],
  ["an answer that is not JSON", { answer: (r) => r.fulfill({ status: 200, headers: { "access-control-allow-origin": "*" }, contentType: "application/json", body: "<html>" }) }],
  ["an answer without a signature", { answer: (r) => json(r, { ...ANSWER, signature: undefined }) }],
  ["no answer in time", { answer: () => new Promise(() => {}) }],
  ["a signature WeChat refuses (wx.error)", { plan: "error" }],
];
for (const [what, how] of FAILURES) {
  test(`in WeChat, ${what} leaves the page as it was, with one console message`, async () => {
    const { context, page, log } = await open(wechatServer.url + "en.html", how);
    try {
      const body = await page.evaluate(() => document.body.innerHTML);
      await page.waitForFunction(() => true);
      for (let i = 0; i < 120 && !log.console.some((m) => /WeChat share card not set/.test(m)); i++) await page.waitForTimeout(100);
      await page.waitForTimeout(300);
      const told = log.console.filter((m) => /WeChat share card not set/.test(m));
      assert.equal(told.length, 1, `one message: ${JSON.stringify(log.console)}`);
      const list = (await calls(page)) || [];
      assert.deepEqual(list.filter((c) => c[0] !== "config"), [], "no card set");
      assert.equal(await page.evaluate(() => document.body.innerHTML), body, "the page is unchanged");
      assert.deepEqual(foreign(log, wechatServer), log.signed, "no request leaves the host but the endpoint");
    } finally {
      await context.close();
    }
  });
}

test("without the setting, or outside WeChat, nothing of it loads", async () => {
  const chrome = "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36";
  for (const [server, ua] of [[plainServer, WECHAT_UA], [wechatServer, chrome]]) {
    for (const file of ["en.html", `chart-${CHART}.html`]) {
      const { context, page, log } = await open(server.url + file, { ua });
      try {
        assert.equal(await appState(page), "ready");
        await page.waitForTimeout(500);
        assert.deepEqual(log.requests.filter((u) => /wechat|weixin/.test(u)), [], `${server === plainServer ? "dist/" : "outside WeChat"} ${file}`);
        assert.deepEqual(log.signed, []);
        assert.equal(await calls(page), null);
        const hasBlock = await page.evaluate(() => !!document.getElementById("wechat-share"));
        assert.equal(hasBlock, server === wechatServer, "the cards are in the page only with the setting");
      } finally {
        await context.close();
      }
    }
  }
});

test("the shipped SDK is WeChat's, our own file, with its licence; it defines wx", async () => {
  const sdk = readFileSync(WECHAT_DIST + "wechat-sdk.js", "utf8");
  assert.match(sdk, /^\/\*! weixin-js-sdk \d+\.\d+\.\d+ \(npm\)[\s\S]*MIT License[\s\S]*Permission is hereby granted/);
  assert.match(readFileSync(WECHAT_DIST + "licences.html", "utf8"), /data-npm="weixin-js-sdk \d+\.\d+\.\d+"/);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(wechatServer.url + "licences.html");
    await page.addScriptTag({ url: wechatServer.url + "wechat-sdk.js" });
    assert.deepEqual(await page.evaluate(() => ["config", "ready", "error", "updateAppMessageShareData", "updateTimelineShareData"].map((k) => typeof window.wx?.[k])), Array(5).fill("function"));
  } finally {
    await context.close();
  }
});
