// The reference signature endpoint: WeChat's documented example signs as documented, the
// ticket is cached, and the server answers the contract the story's glue reads.
//   node --test tools/wechat-signature/   (scripts/test.sh quick runs it)
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { signature, signer } from "./sign.mjs";
import { handler } from "./server.mjs";

// JS-SDK documentation, appendix 1 (签名算法): the example's values and its signature.
const EXAMPLE = {
  ticket: "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg",
  nonceStr: "Wm3WZYTPz0wzccnW",
  timestamp: 1414587457,
  url: "http://mp.weixin.qq.com?params=value",
};

test("WeChat's documented example gives its documented signature", () => {
  assert.equal(signature(EXAMPLE), "0f9de62fce790f9a083d5c99e95740ceb90c27ed");
  // The hash is not signed; another URL is another signature.
  assert.equal(signature({ ...EXAMPLE, url: EXAMPLE.url + "#step-2" }), "0f9de62fce790f9a083d5c99e95740ceb90c27ed");
  assert.notEqual(signature({ ...EXAMPLE, url: EXAMPLE.url + "&x=1" }), "0f9de62fce790f9a083d5c99e95740ceb90c27ed");
});

/** WeChat's API, stubbed: counts the calls. */
function wechatApi() {
  const calls = [];
  const fetch = async (url) => {
    calls.push(url);
    const body = url.includes("/token?")
      ? { access_token: "TOKEN", expires_in: 7200 }
      : url.includes("/ticket/getticket?access_token=TOKEN&type=jsapi")
        ? { errcode: 0, errmsg: "ok", ticket: EXAMPLE.ticket, expires_in: 7200 }
        : { errcode: 40001, errmsg: "invalid credential" };
    return { ok: true, json: async () => body };
  };
  return { calls, fetch };
}

test("the signer caches the jsapi_ticket until it nearly expires", async () => {
  const api = wechatApi();
  let now = 1414587457_000;
  const { sign } = signer({ appId: "wx123", appSecret: "s", fetch: api.fetch, now: () => now });
  const a = await sign(EXAMPLE.url);
  assert.equal(a.appId, "wx123");
  assert.equal(a.timestamp, 1414587457);
  assert.match(a.nonceStr, /^[A-Za-z0-9]{16}$/);
  assert.equal(a.signature, signature({ ...EXAMPLE, nonceStr: a.nonceStr }));
  await sign(EXAMPLE.url);
  assert.equal(api.calls.length, 2, "token and ticket fetched once");
  now += 7200_000 - 200_000;
  await sign(EXAMPLE.url);
  assert.equal(api.calls.length, 4, "fetched again near the end of the ticket's 7200 s");
});

test("the server answers the contract and refuses pages not its own", async () => {
  const api = wechatApi();
  const { sign } = signer({ appId: "wx123", appSecret: "s", fetch: api.fetch });
  const server = createServer(handler({ sign, pages: ["https://news.example/luyuan/"], allowOrigin: "https://news.example" }));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${server.address().port}/`;
  try {
    const page = "https://news.example/luyuan/en.html";
    const r = await fetch(`${base}?url=${encodeURIComponent(page)}`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("access-control-allow-origin"), "https://news.example");
    assert.equal(r.headers.get("cache-control"), "no-store");
    const s = await r.json();
    assert.deepEqual(Object.keys(s).sort(), ["appId", "nonceStr", "signature", "timestamp"]);
    assert.equal(s.signature, signature({ ticket: EXAMPLE.ticket, nonceStr: s.nonceStr, timestamp: s.timestamp, url: page }));
    for (const bad of ["", "https://elsewhere.example/luyuan/en.html", `${page}#economy-2`]) {
      assert.equal((await fetch(`${base}?url=${encodeURIComponent(bad)}`)).status, 400, bad);
    }
  } finally {
    server.close();
  }
});
