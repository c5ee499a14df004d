// The cardholder's sign-in link: how long it works, and the mail that carries it, in the
// language the cardholder asked for it in. next-auth keeps only a hash of the link's token
// (VerificationToken); the outbox keeps the mail sealed (lib/mail/send.ts).
import "server-only";
import { fill } from "../i18n/format";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { getLocale, messagesFor } from "../i18n/server";
import type { Mail } from "../mail/send";

/** Short enough that a link found later in a mailbox is useless; long enough to switch apps. */
export const SIGN_IN_LINK_MINUTES = 15;

export function signInMail(to: string, url: string, locale: Locale): Mail {
  const m = messagesFor(locale).auth;
  return { to, subject: m.mailSubject, text: fill(m.mailBody, { url, minutes: SIGN_IN_LINK_MINUTES }), kind: "sign-in" };
}

/** The language of the request asking for the link (switcher cookie, then Accept-Language). */
export async function requestLocale(): Promise<Locale> {
  try {
    return await getLocale();
  } catch {
    // asked outside a request (a script, a test): the default language
    return DEFAULT_LOCALE;
  }
}
