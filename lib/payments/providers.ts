// The providers the product speaks to. Their names only: what each one does lives in its folder.
import { z } from "zod";
import type { Locale } from "../i18n/locales";

export const PROVIDER_IDS = ["wooshpay", "ppro", "ppro-legacy", "worldpay", "bancontact"] as const;
export const ProviderIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof ProviderIdSchema>;

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  wooshpay: "WooshPay",
  ppro: "PPRO",
  "ppro-legacy": "PPRO (legacy)",
  worldpay: "Worldpay",
  bancontact: "Bancontact Payconiq",
};

/** "(legacy)" is a word, not a name: PPRO's older TRANSACTION API, in the reader's language. */
export const LEGACY_PPRO_NAMES: Record<Locale, string> = { en: "PPRO (legacy)", nl: "PPRO (oude API)", fr: "PPRO (ancienne API)", de: "PPRO (alte API)" };

/** A provider's name as staff read it, in their language. */
export function providerName(id: ProviderId, locale: Locale): string {
  return id === "ppro-legacy" ? LEGACY_PPRO_NAMES[locale] : PROVIDER_NAMES[id];
}

/** The name of a provider as stored on a row (a string): its name in `locale`, else the string itself. */
export function storedProviderName(stored: string, locale: Locale): string {
  const id = ProviderIdSchema.safeParse(stored);
  return id.success ? providerName(id.data, locale) : stored;
}
