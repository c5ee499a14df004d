// WooshPay PaymentIntents client (seed 000). Talks to WOOSHPAY_API_URL: the built-in sandbox by
// default, the real API when configured.
import "server-only";
import type { z } from "zod";
import {
  PaymentIntentSchema,
  RefundSchema,
  WooshpayErrorSchema,
  WooshpayEventSchema,
  type CreatePaymentIntentRequest,
  type PaymentIntent,
} from "./schemas";
import { billingDetails } from "./billing-details";
import { mapWooshpayStatus } from "./status";
import { SIGNATURE_HEADER, verifyWooshpaySignature } from "./signature";
import { parseWebhookBody } from "../webhook-body";
import {
  ProviderError,
  type PaymentProvider,
  type RefundInput,
  type ProviderPaymentSnapshot,
  type StartPaymentInput,
  type StartedPayment,
  type WebhookVerification,
} from "../types";

export type WooshpayConfig = { apiUrl: string; secretKey: string; webhookSecret: string };

const TIMEOUT_MS = 15_000;

function snapshot(pi: PaymentIntent): ProviderPaymentSnapshot {
  const status = mapWooshpayStatus(pi);
  return {
    providerPaymentId: pi.id,
    ourPaymentId: pi.merchant_order_id ?? null,
    providerStatus: pi.status,
    status,
    capturedAmount: pi.status === "succeeded" ? (pi.amount_received ?? pi.amount) : 0,
    failure:
      status === "FAILED"
        ? { code: pi.last_payment_error?.code ?? "payment_failed", message: pi.last_payment_error?.message ?? "The payment failed" }
        : null,
  };
}

export function createWooshpayProvider(config: WooshpayConfig): PaymentProvider {
  async function call<S extends z.ZodType>(method: "GET" | "POST", path: string, schema: S, body?: unknown, idempotencyKey?: string): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await fetch(`${config.apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${config.secretKey}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: "no-store",
      });
    } catch (error) {
      throw new ProviderError("wooshpay", "unavailable", `WooshPay could not be reached: ${(error as Error).message}`);
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = WooshpayErrorSchema.safeParse(json);
      const kind = res.status >= 500 ? "unavailable" : "rejected";
      if (err.success) {
        throw new ProviderError("wooshpay", kind, err.data.error.message, {
          field: err.data.error.param,
          code: err.data.error.code ?? err.data.error.type,
          httpStatus: res.status,
        });
      }
      throw new ProviderError("wooshpay", kind, `WooshPay answered ${res.status}`, { httpStatus: res.status });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      throw new ProviderError("wooshpay", "bad_response", `unexpected WooshPay response (${where})`);
    }
    return parsed.data;
  }

  return {
    id: "wooshpay",

    async startPayment(input: StartPaymentInput): Promise<StartedPayment> {
      const request: CreatePaymentIntentRequest = {
        amount: input.amount,
        currency: input.currency,
        confirm: true,
        payment_method_data: {
          type: "bancontact",
          billing_details: billingDetails(input.shopperName, input.customerEmail),
        },
        merchant_order_id: input.paymentId,
        return_url: input.returnUrl,
        description: input.description,
      };
      const pi = await call("POST", "/v1/payment_intents", PaymentIntentSchema, request, input.idempotencyKey);
      const url = pi.next_action?.bancontact_handle_redirect?.url;
      return { ...snapshot(pi), action: url ? { type: "redirect", url } : null };
    },

    async getPayment(id: string) {
      return snapshot(await call("GET", `/v1/payment_intents/${encodeURIComponent(id)}`, PaymentIntentSchema));
    },

    async cancelPayment(id: string) {
      return snapshot(await call("POST", `/v1/payment_intents/${encodeURIComponent(id)}/cancel`, PaymentIntentSchema, {}));
    },

    async refundPayment(input: RefundInput) {
      const r = await call("POST", "/v1/refunds", RefundSchema, { payment_intent: input.providerPaymentId, amount: input.amount }, input.idempotencyKey);
      const status = r.status === "succeeded" ? "SUCCEEDED" : r.status === "pending" || r.status === "requires_action" ? "PENDING" : "FAILED";
      return { providerRefundId: r.id, status } as const;
    },

    async verifyWebhook(rawBody: string, headers: Headers, now: Date): Promise<WebhookVerification> {
      const sig = verifyWooshpaySignature(rawBody, headers.get(SIGNATURE_HEADER), config.webhookSecret, now);
      if (!sig.ok) return { ok: false, reason: sig.reason };
      const event = parseWebhookBody(rawBody, WooshpayEventSchema, "a WooshPay event");
      if (!event.ok) return event;
      if (!event.data.type.startsWith("payment_intent.")) {
        return { ok: true, event: { eventId: event.data.id, eventType: event.data.type, snapshot: null } };
      }
      const pi = PaymentIntentSchema.safeParse(event.data.data.object);
      if (!pi.success) return { ok: false, reason: "event does not carry a payment_intent", eventId: event.data.id };
      return { ok: true, event: { eventId: event.data.id, eventType: event.data.type, snapshot: snapshot(pi.data) } };
    },
  };
}
