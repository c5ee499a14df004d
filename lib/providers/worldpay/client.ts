// Worldpay Access APM payments client for Bancontact (seed 003). Talks to WORLDPAY_API_URL: the
// built-in sandbox by default, try.access.worldpay.com or access.worldpay.com when configured.
import "server-only";
import { parseWebhookBody } from "../webhook-body";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { PROVIDER_LIMITS } from "../../payments/limits";
import {
  ApmPaymentCreatedSchema,
  ApmPaymentSchema,
  ReversalAcceptedSchema,
  WORLDPAY_API_VERSION,
  WorldpayErrorSchema,
  WorldpayEventSchema,
  type ApmPayment,
} from "./schemas";
import { buildCreateRequest, paymentIdFromHref } from "./request";
import { mapWorldpayLastEvent, worldpayFailure, worldpayRefundState } from "./status";
import {
  ProviderError,
  type PaymentProvider,
  type ProviderPaymentSnapshot,
  type RefundEventState,
  type RefundInput,
  type RefundLookup,
  type RefundState,
  type StartPaymentInput,
  type StartedPayment,
  type WebhookVerification,
} from "../types";

/** webhookUrl is not sent: Worldpay's Implementation Manager sets the Events URL per account. */
export type WorldpayConfig = { apiUrl: string; username: string; password: string; entity: string; webhookUrl: string };

const TIMEOUT_MS = 15_000;
const LIMITS = PROVIDER_LIMITS.worldpay;

function snapshot(p: ApmPayment, knownAmount?: number): ProviderPaymentSnapshot {
  const status = mapWorldpayLastEvent(p.lastEvent);
  return {
    providerPaymentId: p.paymentId,
    ourPaymentId: p.transactionReference ?? null,
    providerStatus: p.lastEvent,
    status,
    // Worldpay's status answer may carry no amount: then it does not say (null).
    capturedAmount: status === "PAID" ? (p.value?.amount ?? knownAmount ?? null) : 0,
    failure: worldpayFailure(p.lastEvent),
  };
}

function refuseAmount(amount: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(amount) || amount < min) {
    throw new ProviderError("worldpay", "rejected", `${what} must be at least ${min} cents`, { field: "amount", code: "amount_too_small" });
  }
  if (amount > max) throw new ProviderError("worldpay", "rejected", `${what} must be at most ${max} cents`, { field: "amount", code: "amount_too_large" });
}

export function createWorldpayProvider(config: WorldpayConfig): PaymentProvider {
  const authorization = `Basic ${Buffer.from(`${config.username}:${config.password}`).toString("base64")}`;
  const paymentPath = (id: string) => `/apmPayments/${encodeURIComponent(id)}`;

  async function call<S extends z.ZodType>(method: "GET" | "POST", path: string, schema: S, body?: unknown, correlationId?: string): Promise<z.infer<S>> {
    let res: Response;
    try {
      res = await fetch(`${config.apiUrl}${path}`, {
        method,
        headers: {
          authorization,
          accept: "application/json",
          "wp-api-version": WORLDPAY_API_VERSION,
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          // Worldpay has no idempotency header; WP-CorrelationId only ties our retries together in
          // its logs. transactionReference (our payment id) is what identifies the payment.
          ...(correlationId ? { "wp-correlationid": correlationId } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
        cache: "no-store",
      });
    } catch (error) {
      throw new ProviderError("worldpay", "unavailable", `Worldpay could not be reached: ${(error as Error).message}`);
    }
    const text = await res.text().catch(() => "");
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!res.ok) {
      const kind = res.status >= 500 ? "unavailable" : "rejected";
      const err = WorldpayErrorSchema.safeParse(json);
      if (!err.success) throw new ProviderError("worldpay", kind, `Worldpay answered ${res.status}`, { httpStatus: res.status });
      const validationErrors = (err.data.validationErrors ?? []).map((v) => ({ path: v.jsonPath, message: v.message }));
      const detail = validationErrors.map((v) => `${v.path}: ${v.message}`).join("; ");
      throw new ProviderError("worldpay", kind, detail ? `${err.data.message} (${detail})` : err.data.message, {
        code: err.data.errorName,
        httpStatus: res.status,
        ...(validationErrors[0] ? { field: validationErrors[0].path.split(".").pop(), validationErrors } : {}),
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      throw new ProviderError("worldpay", "bad_response", `unexpected Worldpay response (${where})`, { httpStatus: res.status });
    }
    return parsed.data;
  }

  const getPayment = async (id: string) => snapshot(await call("GET", paymentPath(id), ApmPaymentSchema));

  return {
    id: "worldpay",

    async startPayment(input: StartPaymentInput): Promise<StartedPayment> {
      if (input.currency !== "EUR") throw new ProviderError("worldpay", "rejected", "Bancontact accepts EUR only", { field: "currency", code: "currency_not_supported" });
      refuseAmount(input.amount, LIMITS.minAmount, LIMITS.maxAmount ?? Number.MAX_SAFE_INTEGER, "amount");
      const created = await call("POST", "/apmPayments", ApmPaymentCreatedSchema, buildCreateRequest(input, config.entity), input.idempotencyKey);
      // The self link is not kept: every read is built from the configured apiUrl and paymentId.
      const snap = snapshot({ paymentId: created.paymentId, lastEvent: created.lastEvent, transactionReference: input.paymentId }, input.amount);
      return { ...snap, action: { type: "redirect", url: created.redirect } };
    },

    getPayment,

    async cancelPayment(id: string) {
      const current = await call("GET", paymentPath(id), ApmPaymentSchema);
      // Bancontact has no cancel while the shopper is still at the bank (lastEvent pending): the
      // payment expires on its own. Only an authorized, not yet settled payment is reversed,
      // which Worldpay turns into a cancel; a reversal after settlement would be a refund.
      if (current.lastEvent !== "authorized") return snapshot(current);
      await call("POST", `${paymentPath(id)}/reversals`, ReversalAcceptedSchema, {});
      return getPayment(id);
    },

    async refundPayment(input: RefundInput) {
      if (input.currency !== "EUR") throw new ProviderError("worldpay", "rejected", "refunds are in EUR only", { field: "currency", code: "currency_not_supported" });
      refuseAmount(input.amount, 1, LIMITS.refund.maxSingleRefund ?? Number.MAX_SAFE_INTEGER, "a single Worldpay refund");
      const reference = input.idempotencyKey.slice(0, 64);
      // partialReversals works for any amount up to what is left, full or not, and carries our
      // reference, which makes a retried refund recognisable.
      const accepted = await call(
        "POST",
        `${paymentPath(input.providerPaymentId)}/partialReversals`,
        ReversalAcceptedSchema,
        { value: { amount: input.amount, currency: "EUR" }, reference },
        input.idempotencyKey,
      );
      // 202 means accepted, not done; the payment's lastEvent may still speak of an earlier
      // refund, so this refund stays PENDING until Worldpay's refund events settle it.
      return { providerRefundId: accepted.commandId ?? reference, status: "PENDING" } as const;
    },

    async getRefund(lookup: RefundLookup): Promise<RefundState> {
      const payment = await call("GET", paymentPath(lookup.providerPaymentId), ApmPaymentSchema);
      const reference = lookup.idempotencyKey.slice(0, 64);
      const found = (payment.refunds ?? []).find((r) => r.reference === reference || (lookup.providerRefundId !== null && r.commandId === lookup.providerRefundId));
      return worldpayRefundState(found?.lastEvent ?? null);
    },

    // Worldpay does not sign its Events webhooks (it publishes source IPs instead) and we hold no
    // secret for them, so the body is never trusted: it only tells which payment to read, and
    // the state comes from our own GET to the configured apiUrl. The event id is the SHA-256 of
    // the raw body, so that a redelivery of the same event is recognised as a retry.
    async verifyWebhook(rawBody: string): Promise<WebhookVerification> {
      const eventId = createHash("sha256").update(rawBody).digest("hex");
      const event = parseWebhookBody(rawBody, WorldpayEventSchema, "a Worldpay event");
      if (!event.ok) return { ...event, eventId };
      const details = event.data.eventDetails;
      const eventType = details.type;
      if (details.classification && details.classification !== "payment") return { ok: true, event: { eventId, eventType, snapshot: null } };
      const paymentId = paymentIdFromHref(details._links?.payment?.href);
      // Worldpay's Events reference marks _links as unused: then the event names our payment by
      // its transactionReference, and the inbox reads that payment's state from Worldpay.
      if (!paymentId) {
        const ref = details.transactionReference;
        return { ok: true, event: { eventId, eventType, snapshot: null, ...(ref ? { readPayment: { ourPaymentId: ref } } : {}) } };
      }
      let read: ApmPayment;
      try {
        read = await call("GET", paymentPath(paymentId), ApmPaymentSchema);
      } catch (error) {
        if (error instanceof ProviderError && error.kind === "rejected") return { ok: false, reason: `Worldpay does not know this payment: ${error.message}`, eventId };
        throw error;
      }
      const snap = snapshot(read);
      if (snap.ourPaymentId && snap.ourPaymentId !== details.transactionReference) {
        return { ok: false, reason: "the event's transactionReference is not the payment's", eventId };
      }
      // Refund events are settled from the same read, never from the unsigned body.
      const refunds: RefundEventState[] = (read.refunds ?? []).map((r) => ({
        providerPaymentId: read.paymentId,
        ...(r.commandId ? { providerRefundId: r.commandId } : {}),
        ...(r.reference ? { reference: r.reference } : {}),
        ...worldpayRefundState(r.lastEvent),
      }));
      return { ok: true, event: { eventId, eventType, snapshot: snap, ...(refunds.length > 0 ? { refunds } : {}) } };
    },
  };
}
