// The client's address, for per-IP rate limits. Route handlers never see the socket: `next start`
// fills X-Forwarded-For with the socket's address only when the request has none, and keeps a
// client's own header as it came. So the address is the entry the nearest trusted party wrote:
// with TRUST_PROXY=n reverse proxies that each append the address they saw, the n-th from the
// right; with none (n = 0), the last one (Next's, unless the client forged the header: then
// per-IP limits are the client's choice, and only the per-account, per-key and per-checkout
// limits hold; docs/http-security.md).

/** IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; the same client either way. */
function normalize(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export function clientIp(headers: Headers, trustProxy: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const index = entries.length - Math.max(trustProxy, 1);
  const entry = entries[Math.max(index, 0)];
  return entry ? normalize(entry) : "unknown";
}
