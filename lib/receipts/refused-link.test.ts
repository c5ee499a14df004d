import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { refusedLinkHtml, RefusedQuerySchema, refusedStatus } from "./refused-link";

const PAY = "pay_abcdefghijklmnopqrst";

describe("the refused link page", () => {
  it("answers 410 for an expired link and 403 for any other refusal", () => {
    expect(refusedStatus(RefusedQuerySchema.parse({ reason: "expired" }))).toBe(410);
    for (const reason of ["invalid", "wrong-purpose", "wrong-payment", "missing", "not-yours", "made-up"]) expect(refusedStatus(RefusedQuerySchema.parse({ reason }))).toBe(403);
  });

  it.each(LOCALES)("%s: says which refusal it was, and offers to sign in and come back", (locale) => {
    const html = refusedLinkHtml(RefusedQuerySchema.parse({ reason: "wrong-payment", page: "refund", payment: PAY }), locale);
    expect(html).toContain(`lang="${locale}"`);
    expect(html).toContain(`/signin?next=${encodeURIComponent(`/payments/${PAY}/refund`)}`);
    expect(html).not.toMatch(/\{\w+\}/);
  });

  it("never echoes what it was given beyond the known values", () => {
    const q = RefusedQuerySchema.parse({ reason: "<script>", page: "x", payment: "<b>" });
    expect(q).toEqual({ reason: "invalid", page: "receipt", payment: undefined });
    expect(refusedLinkHtml(q, "en")).toContain('href="/signin"');
  });
});
