// Provider limits and refund rules, one row per provider, from the provider documents in
// shared/seeds. Checked before any provider is called.
import type { Currency } from "./money";
import type { ProviderId } from "./providers";

export type RefundRules = {
  refunds: boolean;
  partial: boolean;
  /** More than one partial refund on the same payment. */
  multiplePartial: boolean;
  /** Largest single refund in cents, if the provider caps it. */
  maxSingleRefund: number | null;
  /** Days after the payment within which a refund is accepted, if the provider caps it. */
  windowDays: number | null;
};

export type ProviderLimits = {
  currencies: readonly Currency[];
  minAmount: number;
  /** Largest payment in cents; null when the provider sets none. */
  maxAmount: number | null;
  /** Largest payment when the shopper pays in the Bancontact app (Worldpay's mobile limit). */
  maxAmountAppFlow: number | null;
  refund: RefundRules;
  disputes: boolean;
};

/** Scheme rule for Wallet Initiated Payments: at most 500.00 EUR per transaction (WIP only). */
export const WIP_SCHEME_MAX = 50_000;
/** Scheme rule for Wallet Initiated Payments: at least 0.01 EUR per transaction. */
export const WIP_SCHEME_MIN = 1;

export const PROVIDER_LIMITS: Record<ProviderId, ProviderLimits> = {
  // 000: min 0.01 EUR, no maximum; refunds and partial refunds, no multiple partial, no chargeback.
  wooshpay: {
    currencies: ["EUR"],
    minAmount: 1,
    maxAmount: null,
    maxAmountAppFlow: null,
    refund: { refunds: true, partial: true, multiplePartial: false, maxSingleRefund: null, windowDays: null },
    disputes: false,
  },
  // 001: the agreements document gives no amount limits for one-off charges; WIP charges are
  // capped by the scheme and the merchant's WIP maximum (checked in wip rules). Multiple
  // partial refunds as on PPRO's legacy API.
  ppro: {
    currencies: ["EUR"],
    minAmount: 1,
    maxAmount: null,
    maxAmountAppFlow: null,
    refund: { refunds: true, partial: true, multiplePartial: true, maxSingleRefund: null, windowDays: null },
    disputes: true,
  },
  // 002: the 0.01-500 EUR range is the bancontactwip channel's (WIP charges on a linked card,
  // checked in lib/payments/wip.ts); one-off and link-and-pay payments go out as tag=bcmc, a
  // regular Bancontact transaction the document caps nowhere. Full, partial and multiple
  // partial refunds.
  "ppro-legacy": {
    currencies: ["EUR"],
    minAmount: 1,
    maxAmount: null,
    maxAmountAppFlow: null,
    refund: { refunds: true, partial: true, multiplePartial: true, maxSingleRefund: null, windowDays: null },
    disputes: true,
  },
  // 003: min 0.02 EUR, max 1,500 EUR in the mobile app / 5,000 EUR by bank; partial refund yes,
  // at most 3,000 EUR each, within 180 days; no disputes.
  worldpay: {
    currencies: ["EUR"],
    minAmount: 2,
    maxAmount: 500_000,
    maxAmountAppFlow: 150_000,
    refund: { refunds: true, partial: true, multiplePartial: true, maxSingleRefund: 300_000, windowDays: 180 },
    disputes: false,
  },
  // 004: the Payment API document gives no amount limits; refunds exist in API v3.
  bancontact: {
    currencies: ["EUR"],
    minAmount: 1,
    maxAmount: null,
    maxAmountAppFlow: null,
    refund: { refunds: true, partial: true, multiplePartial: true, maxSingleRefund: null, windowDays: null },
    disputes: true,
  },
};

export type LimitViolation = { field: "amount" | "currency"; code: string; message: string };

export function checkPaymentLimits(
  provider: ProviderId,
  amount: number,
  currency: string,
  opts: { appFlow?: boolean } = {},
): LimitViolation | null {
  const l = PROVIDER_LIMITS[provider];
  if (!(l.currencies as readonly string[]).includes(currency)) {
    return { field: "currency", code: "currency_not_supported", message: `${currency} is not accepted; use EUR` };
  }
  if (!Number.isInteger(amount)) return { field: "amount", code: "amount_not_integer", message: "amount must be whole cents" };
  if (amount < l.minAmount) {
    return { field: "amount", code: "amount_too_small", message: `amount must be at least ${l.minAmount} cents` };
  }
  const max = opts.appFlow && l.maxAmountAppFlow !== null ? l.maxAmountAppFlow : l.maxAmount;
  if (max !== null && amount > max) {
    return { field: "amount", code: "amount_too_large", message: `amount must be at most ${max} cents` };
  }
  return null;
}

/** Providers of a list that accept this amount. */
export function providersAccepting(providers: readonly ProviderId[], amount: number, currency: string): ProviderId[] {
  return providers.filter((p) => checkPaymentLimits(p, amount, currency) === null);
}
