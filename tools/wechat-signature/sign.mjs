// WeChat's JS-SDK signature, as WeChat documents it (JS-SDK, appendix 1, "JS-SDK使用权限签名算法"):
// the fields noncestr, jsapi_ticket, timestamp and url (the page's URL without its hash),
// sorted by name, joined as `name=value` with `&` (values as they are, not URL-encoded),
// then SHA-1 in lowercase hex. And the jsapi_ticket, fetched with the account's access_token
// and cached for the time WeChat gives (7200 s), as WeChat asks (both are rate-limited).
import { createHash, randomBytes } from "node:crypto";

/** The signature of `url` (its hash dropped) for `ticket`, `nonceStr` and `timestamp`. */
export function signature({ ticket, nonceStr, timestamp, url }) {
  const fields = { jsapi_ticket: ticket, noncestr: nonceStr, timestamp: String(timestamp), url: url.split("#")[0] };
  const string1 = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join("&");
  return createHash("sha1").update(string1).digest("hex");
}

/** A random nonce of 16 letters and digits. */
export function nonce() {
  return randomBytes(12).toString("base64").replace(/[^A-Za-z0-9]/g, "x").slice(0, 16);
}

const API = "https://api.weixin.qq.com/cgi-bin";

/**
 * A signer for an Official Account: `sign(url)` resolves to what the story's page needs,
 * `{ appId, timestamp, nonceStr, signature }`. The access token and the jsapi_ticket are
 * cached until 5 minutes before they expire. `fetch` and `now` (ms) can be given for tests.
 */
export function signer({ appId, appSecret, fetch = globalThis.fetch, now = Date.now }) {
  if (!appId || !appSecret) throw new Error("the Official Account's appId and appSecret are needed");
  let cached = null; // { ticket, until }
  const call = async (url) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`WeChat answered ${r.status}`);
    const body = await r.json();
    if (body.errcode) throw new Error(`WeChat: ${body.errcode} ${body.errmsg || ""}`.trim());
    return body;
  };
  const ticket = async () => {
    if (cached && now() < cached.until) return cached.ticket;
    const token = await call(`${API}/token?grant_type=client_credential&appid=${encodeURIComponent(appId)}&secret=${encodeURIComponent(appSecret)}`);
    const t = await call(`${API}/ticket/getticket?access_token=${encodeURIComponent(token.access_token)}&type=jsapi`);
    cached = { ticket: t.ticket, until: now() + (Number(t.expires_in) || 7200) * 1000 - 300_000 };
    return cached.ticket;
  };
  return {
    async sign(url) {
      const timestamp = Math.floor(now() / 1000);
      const nonceStr = nonce();
      return { appId, timestamp, nonceStr, signature: signature({ ticket: await ticket(), nonceStr, timestamp, url }) };
    },
  };
}
