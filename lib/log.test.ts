import { describe, expect, it } from "vitest";
import { redact } from "./log";

describe("log redaction", () => {
  it("hides secrets by key and by shape", () => {
    expect(redact({ password: "x", nested: { apiKey: "y", cardToken: "z" }, ok: 1 })).toEqual({
      password: "[redacted]",
      nested: { apiKey: "[redacted]", cardToken: "[redacted]" },
      ok: 1,
    });
    expect(redact("called with Bearer sk_test_abcdefghijkl")).toBe("called with [redacted]");
    expect(redact("key whsec_abcdefghijklmnop leaked")).toBe("key [redacted] leaked");
  });
});
