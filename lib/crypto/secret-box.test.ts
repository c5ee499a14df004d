import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyId, needsReseal, open, reseal, seal, SEALED_VALUE, type KeyRing } from "./secret-box";

const ring = (current: Buffer, ...previous: Buffer[]): KeyRing => ({ current, previous });

/** A value as the box wrote it before key ids: "v1.<nonce>.<ciphertext>.<tag>". */
function sealV1(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

describe("secret box", () => {
  const key = randomBytes(32);
  it("round-trips, with a fresh nonce each time", () => {
    const a = seal("ABCDE-FGH-IJKLOM123456", ring(key));
    expect(open(a, ring(key))).toBe("ABCDE-FGH-IJKLOM123456");
    expect(seal("ABCDE-FGH-IJKLOM123456", ring(key))).not.toBe(a);
    expect(a).not.toContain("ABCDE");
  });
  it("refuses a tampered value or another key", () => {
    const a = seal("token", ring(key));
    const parts = a.split(".");
    parts[3] = Buffer.from("tampered").toString("base64url");
    expect(() => open(parts.join("."), ring(key))).toThrow();
    const other = randomBytes(32);
    expect(() => open(a, ring(other))).toThrow(`sealed with key ${keyId(key)}, which is not configured`);
    const [v, kid, iv, body, tag] = a.split(".");
    const short = Buffer.from(tag!, "base64url").subarray(0, 4).toString("base64url");
    expect(() => open([v, kid, iv, body, short].join("."), ring(key))).toThrow("not a sealed value");
    expect(() => open("plain text", ring(key))).toThrow("not a sealed value");
  });
  it("refuses a key that is not 32 bytes", () => {
    expect(() => seal("x", ring(randomBytes(16)))).toThrow("32 bytes");
  });
});

describe("key ring", () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const rotated = ring(newKey, oldKey);

  it("names the sealing key by the first characters of its SHA-256", () => {
    const kid = keyId(newKey);
    expect(kid).toMatch(/^[0-9a-f]{8}$/);
    expect(kid).not.toBe(keyId(oldKey));
    expect(seal("x", rotated).split(".").slice(0, 2)).toEqual(["v2", kid]);
  });
  it("opens a value sealed by a previous key, and seals new ones with the current key", () => {
    const old = seal("agr_old", ring(oldKey));
    expect(open(old, rotated)).toBe("agr_old");
    const fresh = seal("agr_new", rotated);
    expect(open(fresh, ring(newKey))).toBe("agr_new");
    expect(() => open(fresh, ring(oldKey))).toThrow("not configured");
  });
  it("fails clearly on an unknown key id", () => {
    const stranger = seal("x", ring(randomBytes(32)));
    expect(() => open(stranger, rotated)).toThrow(/sealed with key [0-9a-f]{8}, which is not configured \(TOKEN_ENCRYPTION_KEY or TOKEN_ENCRYPTION_PREVIOUS_KEYS\)/);
  });
  it("still opens v1 values, by trying each key", () => {
    const v1 = sealV1("ABCDE-FGH-IJKLOM123456", oldKey);
    expect(open(v1, rotated)).toBe("ABCDE-FGH-IJKLOM123456");
    expect(() => open(v1, ring(newKey))).toThrow("no configured key opens this value");
  });
  it("re-seals only what is not under the current key", () => {
    const old = seal("t", ring(oldKey));
    const v1 = sealV1("t", oldKey);
    const current = seal("t", rotated);
    expect([old, v1, current].map((v) => needsReseal(v, rotated))).toEqual([true, true, false]);
    expect(reseal(current, rotated)).toBe(current);
    const moved = reseal(old, rotated);
    expect(needsReseal(moved, rotated)).toBe(false);
    expect(open(moved, ring(newKey))).toBe("t");
    expect(open(reseal(v1, rotated), ring(newKey))).toBe("t");
  });
  it("finds sealed values inside text, both versions", () => {
    const text = `a ${seal("x", rotated)} b ${sealV1("y", oldKey)} c v2.notavalue`;
    expect(text.match(SEALED_VALUE)).toHaveLength(2);
  });
});
