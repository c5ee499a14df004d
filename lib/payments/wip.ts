// The scheme's per-transaction rules for Wallet Initiated Payments (seeds 001 and 002): a WIP
// charge is between the scheme's minimum and the merchant's WIP Maximum Merchant Amount, which
// is itself never above the scheme's 500.00 EUR. Pure: every WIP path (one-click, merchant-
// initiated, schedules, link and pay on PPRO agreements) asks here before any provider call.
import { z } from "zod";
import { AppError, type AppErrorCode } from "../errors";
import { WIP_SCHEME_MAX, WIP_SCHEME_MIN } from "./limits";
import type { ProviderId } from "./providers";

/** Why a WIP charge is refused; one code per rule, shown to the merchant and in the API. */
export type WipRefusalReason =
  | "wip_currency_not_supported"
  | "wip_amount_not_integer"
  | "wip_below_minimum"
  | "wip_above_scheme_max"
  | "wip_above_merchant_max"
  | "wip_split_payment"
  | "wip_initial_above_merchant_max"
  | "wip_card_deleted"
  | "wip_card_expired"
  | "wip_link_expired"
  | "wip_terms_not_accepted";

export type WipRefusal = { reason: WipRefusalReason; field: "amount" | "currency" | "card" | "terms"; message: string };

/** What staff may set as the WIP Maximum Merchant Amount: integer cents, never above the scheme. */
export const WipMaxAmountSchema = z
  .number({ error: "must be an integer number of cents" })
  .int("must be an integer number of cents")
  .min(WIP_SCHEME_MIN, `must be at least ${WIP_SCHEME_MIN} cent`)
  .max(WIP_SCHEME_MAX, `must be at most ${WIP_SCHEME_MAX} cents (the scheme's 500.00 EUR)`);

/**
 * The merchant's WIP maximum in cents. No value set means the scheme's maximum; a stored value
 * above it (set before this rule, or by hand in the database) never lifts the cap.
 */
export function merchantWipMax(merchant: { wipMaxAmount: number | null }): number {
  const set = merchant.wipMaxAmount;
  return set === null ? WIP_SCHEME_MAX : Math.min(set, WIP_SCHEME_MAX);
}

const euros = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")} EUR`;

/** Whether one WIP charge of `amount` may be made for a merchant whose WIP maximum is `merchantMax`. */
export function checkWipCharge(input: { amount: number; currency: string; merchantMax: number }): WipRefusal | null {
  const { amount, currency, merchantMax } = input;
  if (currency !== "EUR") return { reason: "wip_currency_not_supported", field: "currency", message: `Bancontact WIP accepts EUR only, not ${currency}` };
  if (!Number.isInteger(amount)) return { reason: "wip_amount_not_integer", field: "amount", message: "amount must be whole cents" };
  if (amount < WIP_SCHEME_MIN) return { reason: "wip_below_minimum", field: "amount", message: `a WIP charge must be at least ${euros(WIP_SCHEME_MIN)}` };
  if (amount > WIP_SCHEME_MAX) {
    return { reason: "wip_above_scheme_max", field: "amount", message: `a WIP charge may not exceed the scheme's maximum of ${euros(WIP_SCHEME_MAX)}` };
  }
  if (amount > merchantMax) {
    return { reason: "wip_above_merchant_max", field: "amount", message: `a WIP charge may not exceed this merchant's WIP maximum of ${euros(merchantMax)}` };
  }
  return null;
}

/** How long the charges on one card outside a schedule count together against the maximum. */
export const WIP_CARD_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * No split payments (seed 001): what is already charged or reserved for the same order, and, for
 * a charge outside a schedule, on the same card within WIP_CARD_WINDOW_MS outside a schedule,
 * may not reach above the merchant's maximum together with this charge.
 */
export function checkWipSplit(input: { amount: number; merchantMax: number; orderTotal: number; cardWindowTotal: number; scheduled: boolean }): WipRefusal | null {
  const { amount, merchantMax, orderTotal, cardWindowTotal, scheduled } = input;
  if (orderTotal + amount > merchantMax) {
    return {
      reason: "wip_split_payment",
      field: "amount",
      message: `this order already has ${euros(orderTotal)} in WIP charges; with ${euros(amount)} more it would exceed the WIP maximum of ${euros(merchantMax)} (split payments are not allowed)`,
    };
  }
  if (!scheduled && cardWindowTotal + amount > merchantMax) {
    return {
      reason: "wip_split_payment",
      field: "amount",
      message: `this card already has ${euros(cardWindowTotal)} in unscheduled WIP charges within 24 hours; with ${euros(amount)} more it would exceed the WIP maximum of ${euros(merchantMax)} (split payments are not allowed)`,
    };
  }
  return null;
}

/** What a PPRO payment agreement says later charges on it may be: exactly, or at most, `amount`. */
export type AgreementTerms = { amount: number; amountType: "EXACT" | "MAX" };

/**
 * The agreement for a payment on PPRO's agreements API (seed 001: the agreement's amount bounds
 * the charges on it, the initial charge among them). A one-off payment binds it to exactly its
 * own amount. Link and pay allows later WIP charges up to the merchant's maximum, so its
 * initial charge must fit under that maximum too: above it no agreement can be consistent.
 */
export function agreementTerms(input: { initialAmount: number; linkCard: boolean; merchantMax: number }): { ok: true; terms: AgreementTerms } | { ok: false; refusal: WipRefusal } {
  if (!input.linkCard) return { ok: true, terms: { amount: input.initialAmount, amountType: "EXACT" } };
  const max = Math.min(input.merchantMax, WIP_SCHEME_MAX);
  if (input.initialAmount > max) {
    return {
      ok: false,
      refusal: {
        reason: "wip_initial_above_merchant_max",
        field: "amount",
        message: `a card can be linked with a first payment of at most ${euros(max)} (this merchant's WIP maximum); pay ${euros(input.initialAmount)} without saving the card`,
      },
    };
  }
  return { ok: true, terms: { amount: max, amountType: "MAX" } };
}

/** Providers whose link and pay creates an agreement bounding the initial charge (seed 001). */
const AGREEMENT_PROVIDERS: readonly ProviderId[] = ["ppro"];

/**
 * Whether a link-and-pay payment of `amount` may start on `provider`. On the legacy API link and
 * pay is a regular tag=bcmc payment with no WIP cap (seed 002); on PPRO's agreements API the
 * agreement must be consistent with it (agreementTerms).
 */
export function checkLinkAndPay(provider: ProviderId, amount: number, merchantMax: number): WipRefusal | null {
  if (!AGREEMENT_PROVIDERS.includes(provider)) return null;
  const r = agreementTerms({ initialAmount: amount, linkCard: true, merchantMax });
  return r.ok ? null : r.refusal;
}

const STATUS_OF: Record<WipRefusalReason, AppErrorCode> = {
  wip_currency_not_supported: "amount_out_of_range",
  wip_amount_not_integer: "amount_out_of_range",
  wip_below_minimum: "amount_out_of_range",
  wip_above_scheme_max: "amount_out_of_range",
  wip_above_merchant_max: "amount_out_of_range",
  wip_split_payment: "payment_not_allowed",
  wip_initial_above_merchant_max: "amount_out_of_range",
  wip_card_deleted: "payment_not_allowed",
  wip_card_expired: "payment_not_allowed",
  wip_link_expired: "payment_not_allowed",
  wip_terms_not_accepted: "payment_not_allowed",
};

/** A refused WIP charge as a typed error: the reason code travels with it to the merchant. */
export class WipRefusedError extends AppError {
  readonly reason: WipRefusalReason;
  constructor(refusal: WipRefusal) {
    super(STATUS_OF[refusal.reason], `${refusal.reason}: ${refusal.message}`, [{ field: refusal.field, message: refusal.message }]);
    this.name = "WipRefusedError";
    this.reason = refusal.reason;
  }
}

/** checkWipCharge that throws the refusal. */
export function assertWipCharge(input: { amount: number; currency: string; merchantMax: number }): void {
  const refusal = checkWipCharge(input);
  if (refusal) throw new WipRefusedError(refusal);
}
