import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CreatePaymentIntentRequestSchema, PaymentIntentSchema } from "./schemas";
import { verifyWooshpaySignature } from "./signature";
import { mapWooshpayStatus } from "./status";

// The request and response of seed 000, verbatim.
const seedRequest = {
  amount: 2000,
  currency: "EUR",
  confirm: true,
  payment_method_data: { type: "bancontact", billing_details: { address: { country: "BE" }, firstName: "Tom", lastName: "Hans" } },
  merchant_order_id: "txid_20221117061352",
  return_url: "https://wooshpay.com",
};
const seedResponse = {
  id: "pi_1765625834258825216",
  object: "payment_intent",
  created: 1709792977000,
  livemode: false,
  currency: "EUR",
  amount: 2000,
  status: "requires_action",
  merchant_order_id: "txid_20221117061352",
  client_secret: "pi_1765625834258825216_secret_PnrcxqIEEDVmZ2GzL01wMaAO",
  next_action: { type: "bancontact_handle_redirect", bancontact_handle_redirect: { url: "https://bank.example/redirect" } },
  payment_method_types: ["bancontact"],
  confirmation_method: "automatic",
  return_url: "https://wooshpay.com",
  payment_method: "pm_1765625834174939136",
  capture_method: "automatic",
};

describe("WooshPay wire format", () => {
  it("parses the seed's request and response", () => {
    expect(CreatePaymentIntentRequestSchema.parse(seedRequest)).toEqual(seedRequest);
    const pi = PaymentIntentSchema.parse(seedResponse);
    expect(pi.next_action?.bancontact_handle_redirect?.url).toBe("https://bank.example/redirect");
    expect(mapWooshpayStatus(pi)).toBe("PENDING");
  });

  it("rejects a malformed intent, naming the field", () => {
    const r = PaymentIntentSchema.safeParse({ ...seedResponse, status: "weird", amount: "20" });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["status", "amount"]));
  });

  it("maps every status", () => {
    const m = (status: string, extra = {}) => mapWooshpayStatus({ status, last_payment_error: null, cancellation_reason: null, ...extra } as never);
    expect(m("requires_payment_method")).toBe("CREATED");
    expect(m("requires_payment_method", { last_payment_error: { code: "payment_method_declined" } })).toBe("FAILED");
    expect(m("requires_confirmation")).toBe("CREATED");
    expect(m("requires_action")).toBe("PENDING");
    expect(m("processing")).toBe("AUTHORIZED");
    expect(m("requires_capture")).toBe("AUTHORIZED");
    expect(m("succeeded")).toBe("PAID");
    expect(m("canceled")).toBe("CANCELLED");
    expect(m("canceled", { cancellation_reason: "expired" })).toBe("EXPIRED");
  });
});

describe("WooshPay webhook signature", () => {
  const secret = "whsec_test_secret";
  const body = JSON.stringify({ id: "evt_1", type: "payment_intent.succeeded" });
  const now = new Date("2026-11-21T12:00:00Z");
  const t = Math.floor(now.getTime() / 1000);
  const sign = (ts: number, b = body, s = secret) => createHmac("sha256", s).update(`${ts}.${b}`).digest("hex");

  it("accepts a correct signature", () => {
    expect(verifyWooshpaySignature(body, `t=${t},v1=${sign(t)}`, secret, now)).toEqual({ ok: true });
  });

  it("accepts any matching v1 among several (secret rotation)", () => {
    expect(verifyWooshpaySignature(body, `t=${t},v1=${sign(t, body, "old")},v1=${sign(t)}`, secret, now).ok).toBe(true);
  });

  it("rejects a missing header, an altered body, a wrong secret, a stale or future timestamp", () => {
    expect(verifyWooshpaySignature(body, null, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(`${body} `, `t=${t},v1=${sign(t)}`, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(body, `t=${t},v1=${sign(t, body, "other")}`, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(body, `t=${t - 301},v1=${sign(t - 301)}`, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(body, `t=${t + 301},v1=${sign(t + 301)}`, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(body, `t=${t},v1=zz`, secret, now).ok).toBe(false);
    expect(verifyWooshpaySignature(body, `v1=${sign(t)}`, secret, now).ok).toBe(false);
  });
});
