// The security headers of every answer, in one place: next.config.ts sends the static ones on
// everything (static files included); proxy.ts adds the per-request Content-Security-Policy with
// its nonce and, over https, Strict-Transport-Security. Reasons for each value:
// docs/http-security.md.

export type Header = { key: string; value: string };

/** The same on every answer: pages, API answers, static files. */
export const STATIC_SECURITY_HEADERS: readonly Header[] = [
  // The path of a checkout or payment never leaves the site; providers still see our origin.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Nothing here uses these (the shopper's phone scans the QR code, not our page).
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()",
  },
  // The older twin of frame-ancestors 'none', for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Two years, subdomains included; preloading is the domain owner's choice, not ours. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export type CspOptions = { nonce: string; https: boolean; development: boolean };

/** The Content-Security-Policy of one answer, with that answer's nonce. */
export function contentSecurityPolicy({ nonce, https, development }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': only scripts carrying the nonce, and what they load, run. React's dev
    // build evaluates code for its error overlay, hence 'unsafe-eval' in development only.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Style elements need the nonce (the dev server injects its own, hence 'unsafe-inline' there);
    // style attributes cannot carry one and Next's built-in error pages render some.
    ["style-src", "'self'", ...(development ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    // The QR code is inline SVG; a merchant's logo may be any https image.
    ["img-src", "'self'", "data:", "https:"],
    ["font-src", "'self'"],
    // Live status is server-sent events from this origin.
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    // A checkout form's answer redirects to the provider's bank page, on the provider's origin:
    // Chromium checks that redirect against form-action too, and providers' origins are not
    // known in advance. Plain http only when the app itself is served over http (development).
    ["form-action", "'self'", "https:", ...(https ? [] : ["http:"])],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether this answer travels over https: the app's public URL says so, or a trusted reverse
 * proxy says the request came over https (a client's own X-Forwarded-Proto is not believed).
 */
export function servedOverHttps(appUrl: string, trustProxy: number, forwardedProto: string | null): boolean {
  if (appUrl.startsWith("https://")) return true;
  if (trustProxy <= 0 || !forwardedProto) return false;
  // Read like X-Forwarded-For (client-ip.ts): the entry the outermost trusted proxy wrote, counted
  // from the right, never one a client put in front of it.
  const entries = forwardedProto.split(",").map((e) => e.trim().toLowerCase());
  return entries[Math.max(entries.length - trustProxy, 0)] === "https";
}
