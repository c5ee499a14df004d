// Picks the shopper's language: the switcher's cookie first, then the browser's Accept-Language.
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

export const LOCALE_COOKIE = "locale";

export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const languages = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export { LOCALES };
