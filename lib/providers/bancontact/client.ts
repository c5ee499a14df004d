// Bancontact Payconiq Company merchant Payment API v3 client: QR code and app deep link payments,
// requests signed (JWS-Request-Signature-Payment), callbacks verified to the letter.
import "server-only";
import type { AppEnv } from "../../env";
import type { z } from "zod";
import { ProviderError, type RefundInput, type PaymentProvider, type ProviderPaymentSnapshot, type StartPaymentInput, type StartedPayment, type WebhookVerification } from "../types";
import { CallbackSchema, ErrorSchema, PaymentSchema, RefundSchema, type BancontactPayment, type CreatePaymentRequest } from "./schemas";
import { mapBancontactStatus } from "./status";
import { parseWebhookBody } from "../webhook-body";
import { createRequestSigner } from "./request-signing";
import { createCallbackVerifier } from "./verify-callback";

/** The configured credentials, and our callback URL: its path is what callbacks must be signed for. */
export type BancontactConfig = AppEnv["bancontact"] & { callbackUrl: string };

const TIMEOUT_MS = 15_000;

function snapshot(p: Pick<BancontactPayment, "paymentId" | "status" | "succeededAt" | "amount" | "reference">): ProviderPaymentSnapshot {
  const status = mapBancontactStatus(p.status, p.succeededAt);
  return {
    providerPaymentId: p.paymentId,
    ourPaymentId: p.reference ?? null,
    providerStatus: p.status,
    status,
    capturedAmount: status === "PAID" ? p.amount : 0,
    failure: status === "FAILED" ? { code: p.status.toLowerCase(), message: "The payment was not authorised" } : null,
  };
}

/** The QR payload: Payconiq's qrcode link carries it in its `c` parameter. */
function qrPayloadOf(p: BancontactPayment): string | null {
  const qr = p._links?.qrcode?.href;
  if (qr) {
    const c = new URL(qr).searchParams.get("c");
    if (c) return c;
  }
  return p._links?.deeplink?.href ?? null;
}

export function createBancontactProvider(config: BancontactConfig): PaymentProvider {
  const base = new URL(config.apiUrl);
  const sign = createRequestSigner(config.signingKeyPem, config.signingKeyId, config.merchantProfileId);
  const verify = createCallbackVerifier({
    jwksUrl: new URL(config.jwksUrl),
    merchantProfileId: config.merchantProfileId,
    expectedPath: new URL(config.callbackUrl).pathname,
  });

  async function call<S extends z.ZodType>(method: "GET" | "POST" | "DELETE", path: string, schema: S | null, body?: unknown, idempotencyKey?: string): Promise<z.infer<S> | null> {
    const text = body === undefined ? "" : JSON.stringify(body);
    const fullPath = `${base.pathname.replace(/\/$/, "")}${path}`;
    let res: Response;
    try {
      res = await fetch(new URL(fullPath, base), {
        method,
        headers: {
          authorization: `Bearer ${config.apiKey}`,
          accept: "application/json",
          signature: await sign(fullPath, text),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
        },
        body: body === undefined ? undefined : text,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: "no-store",
      });
    } catch (error) {
      throw new ProviderError("bancontact", "unavailable", `Bancontact could not be reached: ${(error as Error).message}`);
    }
    const json: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    if (!res.ok) {
      const err = ErrorSchema.safeParse(json);
      throw new ProviderError("bancontact", res.status >= 500 ? "unavailable" : "rejected", err.success ? err.data.message : `Bancontact answered ${res.status}`, {
        code: err.success ? err.data.code : undefined,
        httpStatus: res.status,
      });
    }
    if (!schema) return null;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ProviderError("bancontact", "bad_response", `unexpected Bancontact response (${parsed.error.issues.map((i) => i.path.join(".")).join(", ")})`);
    }
    return parsed.data;
  }

  async function getPayment(id: string) {
    const p = await call("GET", `/v3/payments/${encodeURIComponent(id)}`, PaymentSchema);
    return snapshot(p!);
  }

  return {
    id: "bancontact",

    async startPayment(input: StartPaymentInput): Promise<StartedPayment> {
      const request: CreatePaymentRequest = {
        amount: input.amount,
        currency: "EUR",
        description: input.description.slice(0, 140),
        reference: input.paymentId,
        callbackUrl: config.callbackUrl,
        returnUrl: input.returnUrl,
      };
      const p = (await call("POST", "/v3/payments", PaymentSchema, request, input.idempotencyKey))!;
      const payload = qrPayloadOf(p);
      return {
        ...snapshot(p),
        action: payload
          ? { type: "qr", payload, deepLink: p._links?.deeplink?.href ?? null, redirectUrl: null, expiresAt: p.expiresAt ? new Date(p.expiresAt) : null }
          : null,
      };
    },

    getPayment,

    async cancelPayment(id: string) {
      await call("DELETE", `/v3/payments/${encodeURIComponent(id)}`, null);
      return getPayment(id);
    },

    async refundPayment(input: RefundInput) {
      const body = { amount: input.amount, currency: input.currency, description: input.description.slice(0, 140) };
      const r = (await call("POST", `/v3/payments/${encodeURIComponent(input.providerPaymentId)}/refunds`, RefundSchema, body, input.idempotencyKey))!;
      return { providerRefundId: r.refundId, status: r.status };
    },

    async verifyWebhook(rawBody: string, headers: Headers, now: Date): Promise<WebhookVerification> {
      const v = await verify(rawBody, headers.get("signature"), now);
      if (!v.ok) return { ok: false, reason: v.reason };
      const body = parseWebhookBody(rawBody, CallbackSchema, "a payment callback");
      if (!body.ok) return body;
      return { ok: true, event: { eventId: v.jti, eventType: `payment.${body.data.status.toLowerCase()}`, snapshot: snapshot(body.data) } };
    },
  };
}
