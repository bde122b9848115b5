// A reference WeChat signature endpoint for the story's share card (docs/publishing.md#wechat):
// what a newsroom's server must answer when the story is built with
// STORY_WECHAT_SIGNATURE_URL. Minimal; run it behind the newsroom's HTTPS proxy.
//
//   WECHAT_APPID=wx… WECHAT_APPSECRET=… \
//   WECHAT_PAGES=https://news.example.com/2024/luyuan/ \
//   WECHAT_ALLOW_ORIGIN=https://news.example.com \
//   node tools/wechat-signature/server.mjs [--port 8790]
//
// GET /?url=<the page's URL, without its hash, URL-encoded>
//   200 {"appId","timestamp","nonceStr","signature"}   (application/json, no-store)
//   400 when the URL is missing or not under WECHAT_PAGES (comma-separated prefixes)
//   502 when WeChat's API fails
// The page's origin must be allowed (WECHAT_ALLOW_ORIGIN: CORS), the server's domain must
// be a JS-interface safe domain of the Official Account, and the server's IP on its allow-list.
import { createServer } from "node:http";
import { signer } from "./sign.mjs";

/** The request handler, for a `sign(url)` (sign.mjs) and the pages it may sign. */
export function handler({ sign, pages, allowOrigin = "*" }) {
  return async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        "access-control-allow-origin": allowOrigin,
        vary: "Origin",
      });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url, "http://endpoint").searchParams.get("url") || "";
    if (req.method !== "GET") return send(405, { error: "GET only" });
    if (!/^https?:\/\//.test(url) || url.includes("#") || !pages.some((p) => url.startsWith(p))) {
      return send(400, { error: "url: the page's address, without its hash, under the story's folder" });
    }
    try {
      send(200, await sign(url));
    } catch (e) {
      console.error(`wechat-signature: ${e.message}`);
      send(502, { error: "WeChat's API failed" });
    }
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const need = (name) => process.env[name] || (console.error(`wechat-signature: set ${name}`), process.exit(2));
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : 8790;
  const { sign } = signer({ appId: need("WECHAT_APPID"), appSecret: need("WECHAT_APPSECRET") });
  const pages = need("WECHAT_PAGES").split(",").map((s) => s.trim()).filter(Boolean);
  createServer(handler({ sign, pages, allowOrigin: process.env.WECHAT_ALLOW_ORIGIN || "*" })).listen(port, () =>
    console.log(`wechat-signature: http://127.0.0.1:${port}/?url=…`),
  );
}
