import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, seal } from "./secret-box";

describe("secret box", () => {
  const key = randomBytes(32);
  it("round-trips, with a fresh nonce each time", () => {
    const a = seal("ABCDE-FGH-IJKLOM123456", key);
    expect(open(a, key)).toBe("ABCDE-FGH-IJKLOM123456");
    expect(seal("ABCDE-FGH-IJKLOM123456", key)).not.toBe(a);
    expect(a).not.toContain("ABCDE");
  });
  it("refuses a tampered value or another key", () => {
    const a = seal("token", key);
    const parts = a.split(".");
    parts[2] = Buffer.from("tampered").toString("base64url");
    expect(() => open(parts.join("."), key)).toThrow();
    expect(() => open(a, randomBytes(32))).toThrow();
    const [v, iv, body, tag] = a.split(".");
    const short = Buffer.from(tag!, "base64url").subarray(0, 4).toString("base64url");
    expect(() => open([v, iv, body, short].join("."), key)).toThrow("not a sealed value");
  });
});
