import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { checkLink, signLink } from "./signed-link";

const secret = "s".repeat(40);
const paymentId = "pay_abcdefghijklmnopqrst";
const other = "pay_bcdefghijklmnopqrstu";

describe("signed cardholder links", () => {
  it("opens the page it was made for, for its payment", async () => {
    const token = await signLink(secret, { paymentId, purpose: "refund" });
    expect(await checkLink(secret, token, { purpose: "refund", paymentId })).toEqual({ ok: true, paymentId });
  });

  it("refuses another purpose, another payment, another key, a tampered or expired link", async () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const token = await signLink(secret, { paymentId, purpose: "receipt", now, lifetimeSeconds: 3600 });
    expect(await checkLink(secret, token, { purpose: "dispute", paymentId, now })).toEqual({ ok: false, reason: "wrong-purpose" });
    expect(await checkLink(secret, token, { purpose: "receipt", paymentId: other, now })).toEqual({ ok: false, reason: "wrong-payment" });
    expect(await checkLink("t".repeat(40), token, { purpose: "receipt", paymentId, now })).toEqual({ ok: false, reason: "invalid" });
    const [h, p, s] = token.split(".");
    const tampered = [h, Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), sub: other })).toString("base64url"), s].join(".");
    expect(await checkLink(secret, tampered, { purpose: "receipt", paymentId: other, now })).toEqual({ ok: false, reason: "invalid" });
    expect(await checkLink(secret, token, { purpose: "receipt", paymentId, now: new Date(now.getTime() + 3601_000) })).toEqual({ ok: false, reason: "expired" });
    expect(await checkLink(secret, "not-a-token", { purpose: "receipt", paymentId, now })).toEqual({ ok: false, reason: "invalid" });
  });

  it("does not take a token signed with the secret itself (a key of its own is derived)", async () => {
    const raw = await new SignJWT({ pur: "receipt" }).setProtectedHeader({ alg: "HS256" }).setIssuer("bancontact-checkout").setAudience("cardholder-link").setSubject(paymentId).setExpirationTime("1h").sign(new TextEncoder().encode(secret));
    expect(await checkLink(secret, raw, { purpose: "receipt", paymentId })).toEqual({ ok: false, reason: "invalid" });
  });
});
