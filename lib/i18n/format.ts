// Everything a page or a mail shows as text that depends on the language: filling {placeholders},
// dates, times and amounts. One format per language, so a date reads the same on every page and in
// every mail of that language. Dates are always in Brussels time: the merchant and its shoppers
// live there, and a server in UTC must not move a payment made at 00:30 to the day before.
import type { Locale } from "./locales";

/** Fills {placeholders} in a message. */
export function fill(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * The Intl tag each language formats with. English takes British conventions ("22 Nov 2026",
 * 24-hour clock) as Belgian English does; the others their Belgian variant ("22 nov 2026",
 * "22 nov. 2026", "22.11.2026"). Amounts: "€1,234.50", "€ 1.234,50", "1 234,50 €", "1.234,50 €".
 */
export const INTL_TAG: Record<Locale, string> = { en: "en-GB", nl: "nl-BE", fr: "fr-BE", de: "de-BE" };

export const TIME_ZONE = "Europe/Brussels";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** The Intl tag for one of our languages; anything else (a caller's raw tag) is passed through. */
export function intlTag(locale: string): string {
  return locale in INTL_TAG ? INTL_TAG[locale as Locale] : locale;
}

/** A calendar day: "22 Nov 2026", "22 nov 2026", "22 nov. 2026", "22.11.2026". */
export function formatDate(d: Date, locale: Locale): string {
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeZone: TIME_ZONE })).format(d);
}

/** A moment: the day as formatDate and the time on a 24-hour clock, "22 Nov 2026, 21:30". */
export function formatDateTime(d: Date, locale: Locale): string {
  return cached(`t:${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE })).format(d);
}

/** An amount of integer cents in euros: "€12.50", "€ 12,50", "12,50 €", "12,50 €". */
export function formatEuros(cents: number, locale: Locale): string {
  return formatAmount(cents, "EUR", locale);
}

/** An amount of integer cents in a currency, for a language (or a raw Intl tag). */
export function formatAmount(cents: number, currency: string, locale: string): string {
  const tag = intlTag(locale);
  return cached(`m:${tag}:${currency}`, () => new Intl.NumberFormat(tag, { style: "currency", currency })).format(cents / 100);
}

/** "Label: value", with French's narrow no-break space before the colon ("Montant : 12,50 €"). */
export function labelled(label: string, value: string, locale: Locale): string {
  return `${label}${locale === "fr" ? "\u202f" : ""}: ${value}`;
}
