import { generateKeyPairSync } from "node:crypto";
import { flattenedVerify, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { CallbackSchema, CreatePaymentRequestSchema, PaymentSchema } from "./schemas";
import { mapBancontactStatus } from "./status";
import { createRequestSigner } from "./request-signing";

// The callback example of seed 004, verbatim.
const seedCallback = {
  paymentId: "5f91483d-78a7-4914-bc6f=",
  currency: "EUR",
  amount: 0,
  description: "string",
  reference: "19848995",
  createdAt: "2019-08-24T14:15:22Z",
  expireAt: "2019-08-24T14:15:22Z",
  succeededAt: "2019-08-24T14:15:22Z",
  status: "PENDING",
  debtor: { iban: "*************12636", name: "John" },
};

describe("Bancontact Payment API v3 wire format", () => {
  it("parses the seed's callback", () => {
    expect(CallbackSchema.parse(seedCallback)).toEqual(seedCallback);
  });

  it("rejects malformed callbacks, naming the field", () => {
    const r = CallbackSchema.safeParse({ ...seedCallback, paymentId: "short", status: "DONE", amount: "1" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["paymentId", "status", "amount"]));
  });

  it("round-trips a create request and parses a payment with its links", () => {
    const req = { amount: 1250, currency: "EUR" as const, description: "Pralines", reference: "pay_abc", callbackUrl: "https://shop.example/api/webhooks/bancontact" };
    expect(CreatePaymentRequestSchema.parse(JSON.parse(JSON.stringify(req)))).toEqual(req);
    const p = PaymentSchema.parse({
      paymentId: "a".repeat(24),
      status: "PENDING",
      createdAt: "2026-11-21T12:00:00.000Z",
      expiresAt: "2026-11-21T12:20:00.000Z",
      amount: 1250,
      currency: "EUR",
      _links: { qrcode: { href: "https://qr.example/qrcode?c=https%3A%2F%2Fpay.example%2Fpay%2F2%2Fx" }, deeplink: { href: "https://pay.example/pay/2/x" } },
    });
    expect(p._links?.deeplink?.href).toBe("https://pay.example/pay/2/x");
  });

  it("maps all ten statuses; only final ones are final, and VOIDED after success is a reversal", () => {
    expect(mapBancontactStatus("PENDING", undefined)).toBe("PENDING");
    expect(mapBancontactStatus("IDENTIFIED", undefined)).toBe("IDENTIFIED");
    expect(mapBancontactStatus("AUTHORIZED", undefined)).toBe("AUTHORIZED");
    expect(mapBancontactStatus("PENDING_MERCHANT_ACKNOWLEDGEMENT", undefined)).toBe("AUTHORIZED");
    expect(mapBancontactStatus("AUTHORIZATION_FAILED", undefined)).toBe("FAILED");
    expect(mapBancontactStatus("FAILED", undefined)).toBe("FAILED");
    expect(mapBancontactStatus("SUCCEEDED", "2026-11-21T12:00:00Z")).toBe("PAID");
    expect(mapBancontactStatus("CANCELLED", undefined)).toBe("CANCELLED");
    expect(mapBancontactStatus("EXPIRED", undefined)).toBe("EXPIRED");
    expect(mapBancontactStatus("VOIDED", "2026-11-21T12:00:00Z")).toBe("REVERSED");
    expect(mapBancontactStatus("VOIDED", undefined)).toBe("CANCELLED");
  });
});

describe("request signing (JWS-Request-Signature-Payment)", () => {
  it("signs the exact body as a detached ES256 JWS with the critical claims", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const sign = createRequestSigner(privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "kid-1", "profile-1");
    const body = JSON.stringify({ amount: 1250, currency: "EUR" });
    const header = await sign("/v3/payments", body);
    const [protectedB64, empty, signature] = header.split(".");
    expect(empty).toBe("");
    const h = decodeProtectedHeader(header);
    expect(h).toMatchObject({ alg: "ES256", typ: "jose+json", kid: "kid-1", sub: "profile-1", "https://payconiq.com/path": "/v3/payments" });
    expect(h.crit).toEqual(["https://payconiq.com/iss", "https://payconiq.com/iat", "https://payconiq.com/jti", "https://payconiq.com/path"]);
    const crit = Object.fromEntries((h.crit as string[]).map((c) => [c, true]));
    const verified = await flattenedVerify({ protected: protectedB64!, payload: Buffer.from(body).toString("base64url"), signature: signature! }, publicKey, { crit });
    expect(new TextDecoder().decode(verified.payload)).toBe(body);
    await expect(
      flattenedVerify({ protected: protectedB64!, payload: Buffer.from(`${body} `).toString("base64url"), signature: signature! }, publicKey, { crit }),
    ).rejects.toThrow();
  });
});
