// The current request's language and messages, for server components and actions.
import "server-only";
import { cookies, headers } from "next/headers";
import { negotiateLocale, LOCALE_COOKIE } from "./negotiate";
import type { Locale } from "./locales";
import en, { type Messages } from "./messages/en";
import nl from "./messages/nl";
import fr from "./messages/fr";
import de from "./messages/de";

const MESSAGES: Record<Locale, Messages> = { en, nl, fr, de };

/** The messages of a language known outside a page (e.g. for mail). */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

export async function getLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(c.get(LOCALE_COOKIE)?.value, h.get("accept-language"));
}

export async function getI18n(): Promise<{ locale: Locale; m: Messages }> {
  const locale = await getLocale();
  return { locale, m: MESSAGES[locale] };
}
