import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { agreementRequest, createPproProvider } from "./client";
import { AgreementSchema, ChargeSchema, ChargeStatusSchema, CreateAgreementRequestSchema, PproEventSchema } from "./schemas";
import { seedAgreementRequest, seedAgreementResponse, seedChargeRequest, seedChargeResponse } from "./seed-fixtures";
import { signPpro, verifyPproSignature } from "./signature";
import { chargeSnapshot } from "./snapshot";
import { mapPproStatus, pproRefundStatus } from "./status";

describe("PPRO wire format (seed 001)", () => {
  it("parses the seed's agreement request and response", () => {
    expect(CreateAgreementRequestSchema.parse(seedAgreementRequest).initialPaymentCharge.autoCapture).toBe("true");
    const a = AgreementSchema.parse(seedAgreementResponse);
    expect(a.initialPaymentChargeId).toBe("charge_yJOAc3AHMzjIbPpLl5Kfz");
    expect(a.authenticationMethods?.map((m) => m.type)).toEqual(["APP_INTENT", "SCAN_CODE", "REDIRECT"]);
  });

  it("parses the seed's subsequent charge and maps it", () => {
    expect(seedChargeRequest).toEqual({ amount: { value: 300, currency: "EUR" } });
    const c = ChargeSchema.parse(seedChargeResponse);
    expect(chargeSnapshot(c)).toEqual({
      providerPaymentId: "charge_JpHQdyPNIghVel5TuVXVf",
      ourPaymentId: "c855ca53-30d9-43f0-bbed-a0baac7e9601",
      providerStatus: "AUTHENTICATION_PENDING",
      status: "PENDING",
      capturedAmount: 0,
      failure: null,
    });
  });

  it("rejects a malformed charge, naming the field", () => {
    const r = ChargeSchema.safeParse({ ...seedChargeResponse, status: "PAID", captures: "none" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["status", "captures"]));
  });

  it("maps every charge status", () => {
    const expected: Record<string, string> = {
      AUTHORIZATION_PROCESSING: "PENDING",
      AUTHENTICATION_PENDING: "PENDING",
      AUTHORIZATION_ASYNC: "AUTHORIZED",
      CAPTURE_PENDING: "AUTHORIZED",
      CAPTURE_PROCESSING: "AUTHORIZED",
      CAPTURED: "PAID",
      REFUND_PROCESSING: "PAID",
      REFUNDED: "PAID",
      DISCARDED: "EXPIRED",
      FAILED: "FAILED",
      VOID_PROCESSING: "AUTHORIZED",
      VOIDED: "CANCELLED",
    };
    for (const s of ChargeStatusSchema.options) expect([s, mapPproStatus(s)]).toEqual([s, expected[s]]);
  });

  it("counts successful captures and reports the failure of a failed charge", () => {
    const base = ChargeSchema.parse(seedChargeResponse);
    const at = "2025-05-26T20:55:29.863Z";
    const paid = { ...base, status: "CAPTURED" as const, captures: [{ id: "capture_1", amount: 300, status: "SUCCEEDED", createdAt: at }, { id: "capture_2", amount: 5, status: "FAILED" }] };
    expect(chargeSnapshot(paid)).toMatchObject({ status: "PAID", capturedAmount: 300, failure: null });
    const failed = { ...base, status: "FAILED" as const, failure: { failureType: "PROVIDER_DECLINE", failureCode: "INSUFFICIENT_FUNDS", failureMessage: "Insufficient funds" } };
    expect(chargeSnapshot(failed).failure).toEqual({ code: "INSUFFICIENT_FUNDS", message: "Insufficient funds" });
  });
});

describe("PPRO agreement request", () => {
  const input = {
    paymentId: "pay_1",
    amount: 1250,
    currency: "EUR" as const,
    description: "Order 42",
    merchantReference: "42",
    customerEmail: "jane.doe@example.com",
    shopperName: "Ernestine Bartoletti",
    returnUrl: "https://shop.example/return",
    webhookUrl: "https://shop.example/hook",
    idempotencyKey: "idem",
    locale: "nl-BE",
    linkCard: false,
  };

  it("is what the seed sends, with our payment id as both references", () => {
    const r = agreementRequest(input, "https://shop.example/api/webhooks/ppro", new Date("2026-01-02T03:04:05.678Z"));
    expect(CreateAgreementRequestSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      startDate: "2026-01-02T03:04:05Z",
      amountType: "EXACT",
      amount: { value: 1250, currency: "EUR" },
      merchantPaymentAgreementReference: "pay_1",
      consumer: { name: "Ernestine Bartoletti", email: "jane.doe@example.com", country: "BE" },
      initialPaymentCharge: { merchantPaymentChargeReference: "pay_1", autoCapture: true, amount: { value: 1250, currency: "EUR" } },
      authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: "https://shop.example/return" } }],
    });
  });

  it("allows later charges up to the WIP cap when the card is linked", () => {
    expect(agreementRequest({ ...input, linkCard: true }, "https://h")).toMatchObject({ amountType: "MAX", amount: { value: 50_000 } });
  });

  it("names the consumer as the shopper typed it, never from the email", () => {
    const r = agreementRequest({ ...input, customerEmail: "elodie_martin@example.be", shopperName: "Élodie Van den Brande" }, "https://h");
    expect(r.consumer.name).toBe("Élodie Van den Brande");
  });
});

describe("PPRO webhooks", () => {
  const secret = "pm8qfkbXJJFjRspOzAiPoFy2N0123456";
  const body = JSON.stringify({ specversion: "1.0", id: "e1", source: "ppro", type: "PAYMENT_CHARGE_CAPTURE_SUCCEEDED", data: {} });
  const now = new Date("2026-11-21T12:00:00Z");
  const t = Math.floor(now.getTime() / 1000);
  const sign = (ts: number, b = body, s = secret) => createHmac("sha256", s).update(`${ts}.${b}`).digest("hex");

  it("parses a CloudEvents envelope", () => {
    expect(PproEventSchema.parse(JSON.parse(body)).type).toBe("PAYMENT_CHARGE_CAPTURE_SUCCEEDED");
  });

  it("accepts a correct signature, also among several", () => {
    expect(verifyPproSignature(body, signPpro(body, secret, t), secret, now)).toEqual({ ok: true });
    expect(verifyPproSignature(body, `t=${t},v1=${sign(t, body, "old")},v1=${sign(t)}`, secret, now).ok).toBe(true);
  });

  it("rejects a missing header, an altered body, a wrong secret, a stale or future timestamp", () => {
    expect(verifyPproSignature(body, null, secret, now).ok).toBe(false);
    expect(verifyPproSignature(`${body} `, `t=${t},v1=${sign(t)}`, secret, now).ok).toBe(false);
    expect(verifyPproSignature(body, `t=${t},v1=${sign(t, body, "other")}`, secret, now).ok).toBe(false);
    expect(verifyPproSignature(body, `t=${t - 301},v1=${sign(t - 301)}`, secret, now).ok).toBe(false);
    expect(verifyPproSignature(body, `t=${t + 301},v1=${sign(t + 301)}`, secret, now).ok).toBe(false);
    expect(verifyPproSignature(body, `t=${t},v1=zz`, secret, now).ok).toBe(false);
    expect(verifyPproSignature(body, `v1=${sign(t)}`, secret, now).ok).toBe(false);
  });
});

describe("PPRO agreement events", () => {
  it("report the agreement's status by its id, verified like every event", async () => {
    const secret = "ppro-webhook-secret-for-tests-000";
    const provider = createPproProvider({ apiUrl: "http://unused.invalid", apiKey: "k".repeat(16), webhookSecret: secret, webhookUrl: "http://x/api/webhooks/ppro" });
    const body = JSON.stringify({ specversion: "1.0", id: "evt-agr-1", source: "ppro", type: "PAYMENT_AGREEMENT_REVOKED", data: { id: "agr_TWXXaIGRgLr5QDMiBpO5i", status: "REVOKED" } });
    const now = new Date();
    const headers = new Headers({ "webhook-signature": signPpro(body, secret, Math.floor(now.getTime() / 1000)) });
    const v = await provider.verifyWebhook(body, headers, now);
    expect(v).toMatchObject({ ok: true, event: { eventId: "evt-agr-1", snapshot: null, linkStatus: { reference: "agr_TWXXaIGRgLr5QDMiBpO5i", status: "REVOKED" } } });
    expect((await provider.verifyWebhook(body, new Headers({ "webhook-signature": signPpro(body, "wrong", Math.floor(now.getTime() / 1000)) }), now)).ok).toBe(false);
  });
});

describe("PPRO refund status", () => {
  it("maps a refund operation's status", () => {
    expect(pproRefundStatus("SUCCEEDED")).toBe("SUCCEEDED");
    expect(pproRefundStatus("FAILED")).toBe("FAILED");
    expect(pproRefundStatus("DECLINED")).toBe("FAILED");
    expect(pproRefundStatus("PENDING")).toBe("PENDING");
    expect(pproRefundStatus("REFUND_PROCESSING")).toBe("PENDING");
  });
});
