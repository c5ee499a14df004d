import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, servedOverHttps, STATIC_SECURITY_HEADERS } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  it("lets only scripts with this answer's nonce run, never inline ones, in production", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc123==", https: true, development: false }));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect([...d.values()].flat()).not.toContain("'unsafe-eval'");
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("is never framed, loads no plugins and keeps base and connections to this origin", () => {
    const d = directives(contentSecurityPolicy({ nonce: "n", https: true, development: false }));
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("connect-src")).toEqual(["'self'"]);
    expect(d.get("img-src")).toEqual(["'self'", "data:", "https:"]);
  });

  it("lets forms reach https providers, and http ones only when the app itself is on http", () => {
    const secure = directives(contentSecurityPolicy({ nonce: "n", https: true, development: false }));
    expect(secure.get("form-action")).toEqual(["'self'", "https:"]);
    expect(secure.has("upgrade-insecure-requests")).toBe(true);
    const plain = directives(contentSecurityPolicy({ nonce: "n", https: false, development: false }));
    expect(plain.get("form-action")).toEqual(["'self'", "https:", "http:"]);
    expect(plain.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows what the development server needs only in development", () => {
    const d = directives(contentSecurityPolicy({ nonce: "n", https: false, development: true }));
    expect(d.get("script-src")).toContain("'unsafe-eval'");
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("gives Next.js a nonce it can read back from the script-src directive", () => {
    const nonce = newNonce();
    const csp = contentSecurityPolicy({ nonce, https: false, development: false });
    const found = /script-src[^;]*'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(csp)?.[1];
    expect(found).toBe(nonce);
  });
});

describe("newNonce", () => {
  it("is 128 random bits, different every time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
  });
});

describe("servedOverHttps", () => {
  it("believes an https APP_URL", () => expect(servedOverHttps("https://pay.example.com", 0, null)).toBe(true));
  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    expect(servedOverHttps("http://localhost:3000", 0, "https")).toBe(false);
    expect(servedOverHttps("http://localhost:3000", 1, "https")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", 1, "http")).toBe(false);
  });
  it("reads the entry the trusted proxy wrote, from the right, not one the client put first", () => {
    expect(servedOverHttps("http://localhost:3000", 1, "https, http")).toBe(false);
    expect(servedOverHttps("http://localhost:3000", 1, "http, https")).toBe(true);
    expect(servedOverHttps("http://localhost:3000", 2, "https, http")).toBe(true);
  });
});

describe("STATIC_SECURITY_HEADERS", () => {
  it("names each header once, with the values the docs give", () => {
    const map = new Map(STATIC_SECURITY_HEADERS.map((h) => [h.key.toLowerCase(), h.value]));
    expect(map.size).toBe(STATIC_SECURITY_HEADERS.length);
    expect(map.get("x-content-type-options")).toBe("nosniff");
    expect(map.get("x-frame-options")).toBe("DENY");
    expect(map.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(map.get("permissions-policy")).toContain("camera=()");
  });
});
