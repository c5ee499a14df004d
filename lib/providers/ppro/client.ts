// PPRO payment agreements client (seed 001: Bancontact "link and pay"). Every Bancontact payment
// is an agreement with an initial charge; our payment is that charge. Talks to PPRO_API_URL: the
// built-in sandbox by default, PPRO when configured.
import "server-only";
import { WIP_SCHEME_MAX } from "../../payments/limits";
import { agreementTerms } from "../../payments/wip";
import {
  ProviderError,
  type ChargedLink,
  type ChargeLinkInput,
  type PaymentProvider,
  type ProviderPaymentSnapshot,
  type RefundInput,
  type RefundEventState,
  type RefundLookup,
  type RefundState,
  type ShopperAction,
  type StartPaymentInput,
  type StartedPayment,
  type WebhookVerification,
} from "../types";
import { getAgreement, revokeAgreement } from "./agreements";
import { pproCall, type PproConfig } from "./http";
import { AgreementSchema, ChargeSchema, PproEventSchema, RefundSchema, VoidSchema, type Charge, type Operation, type Agreement, type CreateAgreementRequest } from "./schemas";
import { SIGNATURE_HEADER, verifyPproSignature } from "./signature";
import { parseWebhookBody } from "../webhook-body";
import { chargeSnapshot } from "./snapshot";
import { pproRefundStatus } from "./status";

export type { PproConfig } from "./http";

const chargePath = (id: string) => `/v1/payment-charges/${encodeURIComponent(id)}`;

export function agreementRequest(input: StartPaymentInput, webhookUrl: string, now = new Date()): CreateAgreementRequest {
  const amount = { value: input.amount, currency: input.currency };
  const agreement = agreementTerms({ initialAmount: input.amount, linkCard: input.linkCard, merchantMax: input.wipMaxAmount ?? WIP_SCHEME_MAX });
  // Refused before PPRO is called: PPRO refuses an agreement its initial charge does not fit.
  if (!agreement.ok) throw new ProviderError("ppro", "rejected", agreement.refusal.message, { field: "amount", code: agreement.refusal.reason });
  return {
    paymentMethod: "BANCONTACT",
    description: input.description,
    merchantPaymentAgreementReference: input.paymentId,
    startDate: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    webhooksUrl: webhookUrl,
    // A one-off payment binds the agreement to exactly this amount (as the seed does); a linked
    // card allows later WIP charges up to the merchant's maximum (agreementTerms).
    amount: { value: agreement.terms.amount, currency: input.currency },
    amountType: agreement.terms.amountType,
    authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: input.returnUrl } }],
    // Seed 001: consumer.name is the consumer's full name (mandatory), as the shopper typed it.
    consumer: { name: input.shopperName, ...(input.customerEmail ? { email: input.customerEmail } : {}), country: "BE" },
    initialPaymentCharge: {
      paymentDescriptor: input.description,
      merchantPaymentChargeReference: input.paymentId,
      autoCapture: true,
      amount,
    },
  };
}

export function shopperAction(agreement: Pick<Agreement, "authenticationMethods">): ShopperAction | null {
  let payload: string | undefined;
  let deepLink: string | null = null;
  let redirectUrl: string | null = null;
  for (const m of agreement.authenticationMethods ?? []) {
    if (m.type === "SCAN_CODE") payload = m.details.codePayload;
    else if (m.type === "APP_INTENT") deepLink = m.details.mobileIntentUri;
    else redirectUrl = m.details.requestUrl;
  }
  if (payload) return { type: "qr", payload, deepLink, redirectUrl, expiresAt: null };
  return redirectUrl ? { type: "redirect", url: redirectUrl } : null;
}

/** startPayment, also giving the agreement id: the linked-card work keeps it for later charges. */
export async function startAgreementPayment(config: PproConfig, input: StartPaymentInput): Promise<{ started: StartedPayment; agreementId: string }> {
  if (!Number.isInteger(input.amount) || input.amount < 1) throw new ProviderError("ppro", "rejected", "amount must be at least 1 cent", { field: "amount" });
  const request = agreementRequest(input, config.webhookUrl);
  const agreement = await pproCall(config, "POST", "/v1/payment-agreements", AgreementSchema, request, input.idempotencyKey);
  const chargeId = agreement.initialPaymentChargeId;
  if (!chargeId) throw new ProviderError("ppro", "bad_response", "PPRO created the agreement without an initial payment charge");
  // The agreement answer does not carry the charge; it starts waiting for the shopper, unless
  // the agreement already failed.
  const failed = agreement.status === "FAILED";
  const snapshot: ProviderPaymentSnapshot = {
    providerPaymentId: chargeId,
    ourPaymentId: input.paymentId,
    providerStatus: failed ? "FAILED" : "AUTHENTICATION_PENDING",
    status: failed ? "FAILED" : "PENDING",
    capturedAmount: 0,
    failure: failed ? { code: "AGREEMENT_FAILED", message: "PPRO refused the payment agreement" } : null,
  };
  return { started: { ...snapshot, action: failed ? null : shopperAction(agreement) }, agreementId: agreement.id };
}

/** The charge's refunds with their state, as a signed event carries them (or a read of the charge). */
function chargeRefunds(charge: Charge): RefundEventState[] {
  return charge.refunds.map((r) => ({ providerPaymentId: charge.id, providerRefundId: r.id, ...refundState(r) }));
}

function refundState(r: Operation): RefundState {
  const status = pproRefundStatus(r.status);
  if (status !== "FAILED") return { status };
  return { status, failureMessage: r.failure?.failureMessage ? `PPRO: ${r.failure.failureMessage}` : `PPRO reports the refund ${r.status}` };
}

export function createPproProvider(config: PproConfig): PaymentProvider {
  async function getPayment(id: string) {
    return chargeSnapshot(await pproCall(config, "GET", chargePath(id), ChargeSchema));
  }

  return {
    id: "ppro",

    async startPayment(input: StartPaymentInput): Promise<StartedPayment> {
      const { started, agreementId } = await startAgreementPayment(config, input);
      // The agreement is the link: kept (sealed) once the initial charge is paid.
      return { ...started, linkReference: agreementId };
    },

    getPayment,

    async chargeLink(input: ChargeLinkInput): Promise<ChargedLink> {
      // Seed 001, "Create a recurring payment": a charge on the active agreement. Our payment id
      // is the charge's reference and its idempotency key, so a retry never charges twice.
      const charge = await pproCall(
        config,
        "POST",
        `/v1/payment-agreements/${encodeURIComponent(input.linkReference)}/payment-charges`,
        ChargeSchema,
        {
          amount: { value: input.amount, currency: input.currency },
          merchantPaymentChargeReference: input.paymentId,
          // Where the bank page sends the cardholder back should the issuer ask them to
          // authenticate this charge (AUTHENTICATION_PENDING).
          authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: input.returnUrl } }],
        },
        input.idempotencyKey,
      );
      const snap = chargeSnapshot(charge);
      return { ...snap, ourPaymentId: input.paymentId, action: snap.status === "PENDING" ? shopperAction(charge) : null };
    },

    async revokeLink(agreementId: string) {
      // An agreement already revoked (by the cardholder at their bank, or an earlier try) is done.
      const current = await getAgreement(config, agreementId);
      if (current.status !== "REVOKED") await revokeAgreement(config, agreementId);
    },

    async cancelPayment(id: string) {
      // PPRO voids what is not captured yet; a charge it can no longer void is refused with a
      // 400, and then its current state is the answer. The key makes a retried cancel a no-op.
      try {
        await pproCall(config, "POST", `${chargePath(id)}/voids`, VoidSchema, {}, `void-${id}`);
      } catch (error) {
        if (!(error instanceof ProviderError && error.kind === "rejected" && error.details.httpStatus === 400)) throw error;
      }
      return getPayment(id);
    },

    async refundPayment(input: RefundInput) {
      // Operations on a charge carry a bare integer amount, as the charge's operations show.
      const r = await pproCall(config, "POST", `${chargePath(input.providerPaymentId)}/refunds`, RefundSchema, { amount: input.amount }, input.idempotencyKey);
      return { providerRefundId: r.id, status: pproRefundStatus(r.status) } as const;
    },

    // The charge lists its refunds with their status: a pending one is read back from there.
    async getRefund(lookup: RefundLookup): Promise<RefundState> {
      const charge = await pproCall(config, "GET", chargePath(lookup.providerPaymentId), ChargeSchema);
      const r = charge.refunds.find((op) => op.id === lookup.providerRefundId);
      if (!r) throw new ProviderError("ppro", "rejected", "the charge lists no such refund", { code: "refund_not_found" });
      return refundState(r);
    },

    async verifyWebhook(rawBody: string, headers: Headers, now: Date): Promise<WebhookVerification> {
      const sig = verifyPproSignature(rawBody, headers.get(SIGNATURE_HEADER), config.webhookSecret, now);
      if (!sig.ok) return { ok: false, reason: sig.reason };
      const event = parseWebhookBody(rawBody, PproEventSchema, "a PPRO event");
      if (!event.ok) return event;
      const { id: eventId, type: eventType, data } = event.data;
      const agreement = /^PAYMENT_AGREEMENT_(ACTIVE|FAILED|REVOKED)$/.exec(eventType);
      if (agreement) {
        const reference = typeof data === "object" && data !== null && "id" in data ? String(data.id) : "";
        if (!reference.startsWith("agr_")) return { ok: false, reason: "agreement event without an agreement id", eventId };
        const status = agreement[1] as "ACTIVE" | "FAILED" | "REVOKED";
        return { ok: true, event: { eventId, eventType, snapshot: null, linkStatus: { reference, status } } };
      }
      if (!eventType.startsWith("PAYMENT_CHARGE_")) return { ok: true, event: { eventId, eventType, snapshot: null } };
      const carried = ChargeSchema.safeParse(data);
      let charge = carried.success ? carried.data : null;
      if (!charge) {
        // An event that names the charge without carrying it: read the charge.
        const ref = typeof data === "object" && data !== null && "id" in data ? String(data.id) : "";
        if (!ref.startsWith("charge_")) return { ok: false, reason: "event does not carry a payment charge", eventId };
        charge = await pproCall(config, "GET", chargePath(ref), ChargeSchema);
      }
      return { ok: true, event: { eventId, eventType, snapshot: chargeSnapshot(charge), refunds: chargeRefunds(charge) } };
    },
  };
}
