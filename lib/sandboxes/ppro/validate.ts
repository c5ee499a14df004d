// What the PPRO sandbox accepts, field by field, with PPRO's error body naming the field.
// Seed 001 lists the mandatory fields; the ranges (EUR only, at least 1 cent, consumers in BE,
// WIP charges up to 500 EUR) are Bancontact's.
import { z } from "zod";
import { failure, type ApiResult } from "./wire";

/** Bancontact's cap on a Wallet Initiated Payment, in cents (scheme rule). */
export const WIP_MAX = 50_000;

type Check<T> = { ok: true; value: T } | { ok: false; error: ApiResult };
const bad = (message: string): { ok: false; error: ApiResult } => ({ ok: false, error: failure(400, message) });
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const isUrl = (v: string) => z.url({ protocol: /^https?$/ }).safeParse(v).success;

export type Money = { value: number; currency: string };

export function checkAmount(v: unknown, path: string): Check<Money> {
  const a = obj(v);
  if (!a) return bad(`${path} is required`);
  if (a.value === undefined) return bad(`${path}.value is required`);
  if (typeof a.value !== "number" || !Number.isInteger(a.value)) return bad(`${path}.value must be an integer amount in minor units`);
  if (a.value < 1) return bad(`${path}.value must be at least 1`);
  if (a.currency === undefined) return bad(`${path}.currency is required`);
  if (typeof a.currency !== "string" || !/^[A-Z]{3}$/.test(a.currency)) return bad(`${path}.currency must be an ISO 4217 code`);
  if (a.currency !== "EUR") return bad(`${path}.currency ${a.currency} is not supported by BANCONTACT`);
  return { ok: true, value: { value: a.value, currency: a.currency } };
}

export type AgreementInput = {
  description?: string;
  merchantPaymentAgreementReference?: string;
  startDate?: string;
  webhooksUrl?: string;
  amount?: Money;
  amountType?: "EXACT" | "MAX";
  returnUrl: string;
  consumer: Record<string, unknown>;
  initial: { paymentDescriptor?: string; merchantPaymentChargeReference?: string; autoCapture: boolean; amount: Money };
};

const optString = (o: Record<string, unknown>, k: string, path = k): Check<string | undefined> =>
  o[k] === undefined || typeof o[k] === "string" ? { ok: true, value: o[k] as string | undefined } : bad(`${path} must be a string`);

export function checkAgreement(body: unknown): Check<AgreementInput> {
  const b = obj(body);
  if (!b) return bad("request body must be a JSON object");
  if (b.paymentMethod === undefined) return bad("paymentMethod is required");
  if (b.paymentMethod !== "BANCONTACT") return bad(`paymentMethod ${String(b.paymentMethod)} is not supported for payment agreements on this account`);
  const strings: Record<string, string | undefined> = {};
  for (const k of ["description", "merchantPaymentAgreementReference", "startDate", "webhooksUrl"]) {
    const s = optString(b, k);
    if (!s.ok) return s;
    strings[k] = s.value;
  }
  if (strings.startDate && Number.isNaN(Date.parse(strings.startDate))) return bad("startDate must be an ISO 8601 date-time");
  if (strings.webhooksUrl && !isUrl(strings.webhooksUrl)) return bad("webhooksUrl must be an http(s) URL");

  const consumer = obj(b.consumer);
  if (!consumer) return bad("consumer is required");
  if (typeof consumer.name !== "string" || !consumer.name.trim()) return bad("consumer.name is required");
  if (consumer.country === undefined) return bad("consumer.country is required");
  if (typeof consumer.country !== "string" || !/^[A-Z]{2}$/.test(consumer.country)) return bad("consumer.country must be an ISO 3166-1 alpha-2 code");
  if (consumer.country !== "BE") return bad(`consumer.country ${consumer.country} is not supported by BANCONTACT`);

  const settings = Array.isArray(b.authenticationSettings) ? b.authenticationSettings.map(obj) : [];
  const redirect = settings.find((s) => s?.type === "REDIRECT");
  const returnUrl = obj(redirect?.settings)?.returnUrl;
  if (typeof returnUrl !== "string" || !returnUrl) return bad("authenticationSettings[REDIRECT].settings.returnUrl is required");
  if (!isUrl(returnUrl)) return bad("authenticationSettings[REDIRECT].settings.returnUrl must be an http(s) URL");

  let amount: Money | undefined;
  if (b.amount !== undefined) {
    const a = checkAmount(b.amount, "amount");
    if (!a.ok) return a;
    amount = a.value;
  }
  if (b.amountType !== undefined && b.amountType !== "EXACT" && b.amountType !== "MAX") return bad("amountType must be EXACT or MAX");
  const amountType = b.amountType as "EXACT" | "MAX" | undefined;
  if (amountType && !amount) return bad(`amount is required with amountType ${amountType}`);

  const initial = obj(b.initialPaymentCharge);
  if (!initial) return bad("initialPaymentCharge is required: BANCONTACT agreements only work as link and pay");
  const ia = checkAmount(initial.amount, "initialPaymentCharge.amount");
  if (!ia.ok) return ia;
  if (amountType === "EXACT" && amount && amount.value !== ia.value.value) return bad("initialPaymentCharge.amount.value must equal amount.value on an EXACT agreement");
  // The initial charge is the agreement's first charge: it must fit the agreement, and the
  // agreement may not allow later WIP charges above the scheme's maximum.
  if (amountType === "MAX" && amount && ia.value.value > amount.value) return bad("initialPaymentCharge.amount.value must not exceed amount.value on a MAX agreement");
  if (amountType === "MAX" && amount && amount.value > WIP_MAX) return bad(`amount.value exceeds the maximum of ${WIP_MAX} for a Wallet Initiated Payment`);
  const descriptor = optString(initial, "paymentDescriptor", "initialPaymentCharge.paymentDescriptor");
  if (!descriptor.ok) return descriptor;
  const reference = optString(initial, "merchantPaymentChargeReference", "initialPaymentCharge.merchantPaymentChargeReference");
  if (!reference.ok) return reference;
  // The seed sends autoCapture as the string "true"; PPRO's reference has a boolean.
  const ac = initial.autoCapture;
  if (ac !== undefined && ![true, false, "true", "false"].includes(ac as never)) return bad("initialPaymentCharge.autoCapture must be a boolean");

  return {
    ok: true,
    value: {
      ...strings,
      amount,
      amountType,
      returnUrl,
      consumer,
      initial: { paymentDescriptor: descriptor.value, merchantPaymentChargeReference: reference.value, autoCapture: ac === undefined || ac === true || ac === "true", amount: ia.value },
    },
  };
}
