// PPRO TRANSACTION API client (seed 002: Bancontact, link and pay, WIP). Talks to PPRO_LEGACY_API_URL:
// the built-in sandbox by default, PPRO's gateway when configured.
import "server-only";
import { createHash } from "node:crypto";
import { WIP_SCHEME_MAX } from "../../payments/limits";
import {
  ProviderError,
  type ChargedLink,
  type ChargeLinkInput,
  type PaymentProvider,
  type ProviderPaymentSnapshot,
  type RefundInput,
  type StartPaymentInput,
  type StartedPayment,
  type WebhookVerification,
} from "../types";
import { appLinkOf } from "./app-link";
import { readForm } from "./form";
import { pproCall } from "./http";
import { refundRequest, transactionRequest, txidRequest, wipTransactionRequest, type ChargeLinkedCardInput, type PproLegacyConfig } from "./requests";
import { NotificationSchema, RefundResultSchema, RequestStatusSchema, TransactionResultSchema, type TransactionResult } from "./schemas";
import { mapPproLegacyStatus, normalizeCardExpiry } from "./status";

export type { PproLegacyConfig, ChargeLinkedCardInput } from "./requests";

function linkedCard(r: TransactionResult): ProviderPaymentSnapshot["linkedCard"] {
  const token = r["SPECOUT.CARDTOKEN"];
  if (r.STATUS !== "SUCCEEDED" || !token) return undefined;
  // The token is what matters for later charges; missing display details must not lose it.
  const expiry = r["SPECOUT.CARDEXPIRY"];
  return { token, bin: r["SPECOUT.CARDBIN"] ?? "", last4: r["SPECOUT.CARDLAST4DIGITS"] ?? "", expiry: expiry ? normalizeCardExpiry(expiry) : "" };
}

function snapshot(r: TransactionResult): ProviderPaymentSnapshot {
  const status = mapPproLegacyStatus(r.STATUS);
  const card = linkedCard(r);
  return {
    providerPaymentId: r.TXID,
    ourPaymentId: r.MERCHANTTXID ?? null,
    providerStatus: r.STATUS,
    status,
    // The seed's status answer shows no AMOUNT: then the provider does not say, and a SUCCEEDED
    // transaction captured what it was created for.
    capturedAmount: r.STATUS !== "SUCCEEDED" ? 0 : r.AMOUNT ? Number(r.AMOUNT) : null,
    failure: status === "FAILED" ? { code: "payment_failed", message: r.ERRMSG || "The payment failed" } : null,
    ...(card ? { linkedCard: card } : {}),
  };
}

export function createPproLegacyProvider(config: PproLegacyConfig): PaymentProvider {
  const getPayment = async (txid: string) => snapshot(await pproCall(config, txidRequest(config, "GETTXSTATUS", txid), TransactionResultSchema));

  return {
    id: "ppro-legacy",

    async startPayment(input: StartPaymentInput): Promise<StartedPayment> {
      const r = await pproCall(config, transactionRequest(config, input), TransactionResultSchema);
      const bep = r["SPECOUT.BEPURL"];
      const redirect = r.REDIRECTURL ?? null;
      // The shopper scans the BEP:// code with the Bancontact app, opens the app with it on a
      // phone (app-link.ts), or follows REDIRECTURL to PPRO's page. No expiry is given.
      const action: StartedPayment["action"] = bep
        ? { type: "qr", payload: bep, deepLink: appLinkOf(bep), redirectUrl: redirect, expiresAt: null }
        : redirect
          ? { type: "redirect", url: redirect }
          : null;
      // The seed's answer does not echo MERCHANTTXID: the payment is ours by construction.
      return { ...snapshot(r), ourPaymentId: input.paymentId, action };
    },

    getPayment,

    chargeLink: (input: ChargeLinkInput) =>
      chargeLinkedCard(config, {
        token: input.linkReference,
        amount: input.amount,
        currency: input.currency,
        merchantTxId: input.paymentId,
        initiation: input.initiation,
        description: input.description,
        redirectUrl: input.returnUrl,
        accountHolderName: input.accountHolderName,
      }),

    async cancelPayment(txid: string) {
      try {
        await pproCall(config, txidRequest(config, "CANCELTX", txid), RequestStatusSchema);
      } catch (error) {
        // CANCELTX is refused once the transaction is no longer pending (paid, failed, already
        // cancelled): the caller then needs its current status, which the read below gives.
        if (!(error instanceof ProviderError && error.kind === "rejected")) throw error;
      }
      return getPayment(txid);
    },

    async refundPayment(input: RefundInput) {
      const r = await pproCall(
        config,
        refundRequest(config, { txid: input.providerPaymentId, amount: input.amount, merchantRefundId: input.idempotencyKey }),
        RefundResultSchema,
      );
      return { providerRefundId: r.REFUNDTXID, status: r.STATUS };
    },

    async verifyWebhook(rawBody: string): Promise<WebhookVerification> {
      // PPRO's notifications are not signed: anyone can post one. So the body is never believed:
      // it only says which transaction to ask about, and the status comes from GETTXSTATUS over our
      // authenticated channel. The event id is the body's hash, so a resent notification is a retry.
      const eventId = createHash("sha256").update(rawBody).digest("hex");
      const { record, duplicates } = readForm(rawBody);
      const lower = Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));
      const n = NotificationSchema.safeParse(lower);
      if (!n.success || duplicates.some((d) => d.toLowerCase() === "txid")) {
        return { ok: false, reason: "notification without a single numeric txid", eventId };
      }
      let snap: ProviderPaymentSnapshot;
      try {
        snap = await getPayment(n.data.txid);
      } catch (error) {
        // Unknown to PPRO: a forged or misdirected notification. Unreachable PPRO is thrown on, so
        // that the route answers 503 and PPRO sends the notification again later.
        if (error instanceof ProviderError && error.kind === "rejected") {
          return { ok: false, reason: `PPRO does not confirm transaction ${n.data.txid}: ${error.message}`, eventId };
        }
        throw error;
      }
      // The notification body is the same for every change of a transaction: with the status read
      // back, a later change is a new event, a repeat of the same change is not.
      return { ok: true, event: { eventId: `${eventId}:${snap.providerStatus}`, eventType: n.data.notificationtype ?? "notification", snapshot: snap } };
    },
  };
}

/**
 * A Wallet Initiated Payment on a linked card: synchronous, no shopper, no notification in the
 * healthy case (seed 002). Amounts outside the scheme's range are refused here, before PPRO is
 * called.
 */
export async function chargeLinkedCard(config: PproLegacyConfig, input: ChargeLinkedCardInput & { currency?: string }): Promise<ChargedLink> {
  if ((input.currency ?? "EUR") !== "EUR") {
    throw new ProviderError("ppro-legacy", "rejected", "Bancontact WIP accepts EUR only", { field: "currency", code: "currency_not_supported" });
  }
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > WIP_SCHEME_MAX) {
    throw new ProviderError("ppro-legacy", "rejected", `amount must be whole cents from 1 to ${WIP_SCHEME_MAX}`, { field: "amount", code: "amount_out_of_range" });
  }
  const r = await pproCall(config, wipTransactionRequest(config, input), TransactionResultSchema);
  const expiry = r["SPECOUT.CARDEXPIRY"];
  // The answer does not echo MERCHANTTXID; the transaction is ours by construction.
  return { ...snapshot(r), ourPaymentId: input.merchantTxId, action: null, ...(expiry ? { cardExpiry: normalizeCardExpiry(expiry) } : {}) };
}
