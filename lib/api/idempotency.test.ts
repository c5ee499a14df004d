import { describe, expect, it } from "vitest";
import { requestFingerprint } from "./idempotency";

describe("request fingerprint", () => {
  it("is the same for the same body whatever the key order", () => {
    expect(requestFingerprint("POST", "/x", { a: 1, b: { c: 2, d: [1, 2] } })).toBe(requestFingerprint("POST", "/x", { b: { d: [1, 2], c: 2 }, a: 1 }));
  });
  it("differs for another body, path or method", () => {
    const f = requestFingerprint("POST", "/x", { a: 1 });
    expect(requestFingerprint("POST", "/x", { a: 2 })).not.toBe(f);
    expect(requestFingerprint("POST", "/y", { a: 1 })).not.toBe(f);
    expect(requestFingerprint("PUT", "/x", { a: 1 })).not.toBe(f);
  });
});
