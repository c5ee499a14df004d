// Money is integer cents in EUR. One formatter per locale; parsing of decimal strings never goes
// through floating point.
import { z } from "zod";
import { formatAmount } from "../i18n/format";

export const SUPPORTED_CURRENCIES = ["EUR"] as const;
export const CurrencySchema = z.enum(SUPPORTED_CURRENCIES, { error: "only EUR is supported" });
export type Currency = z.infer<typeof CurrencySchema>;

/** A positive amount in cents, at most 999,999.99 EUR (and within PostgreSQL's integer). */
export const AmountSchema = z
  .number({ error: "must be an integer number of cents" })
  .int("must be an integer number of cents")
  .min(1, "must be at least 1 cent")
  .max(99_999_999, "must be at most 99999999 cents");

/** Integer cents as text in a language ("en", "nl", …): one format per language, see lib/i18n/format.ts. */
export function formatMoney(cents: number, currency: Currency, locale: string): string {
  return formatAmount(cents, currency, locale);
}

/** "12.34" or "12,34" → 1234. Returns null for anything that is not a plain decimal amount. */
export function parseDecimalToCents(text: string): number | null {
  const m = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? "").padEnd(2, "0"));
  return whole * 100 + frac;
}

/** 1234 → "12.34", for wire formats that carry decimal strings. */
export function centsToDecimalString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
