// The mails about a cardholder's linked cards, written in the cardholder's language (their
// Cardholder.locale, else the default). Pure: the callers read the rows and put the mail in the
// outbox in the transaction that makes it due.
import { fill, formatDate } from "../i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { formatMoney } from "../payments/money";
import type { Mail } from "../mail/send";
import { notificationTexts } from "./texts";

export function mailLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** 670999XXXXXX9999, or the words for a card whose number the provider never gave (PPRO agreements). */
export function cardLabel(card: { bin: string; last4: string }, locale: Locale): string {
  return card.bin && card.last4 ? `${card.bin}XXXXXX${card.last4}` : notificationTexts(locale).unnumberedCard;
}

const day = (d: Date, locale: Locale) => formatDate(d, locale);

type Common = { to: string; locale: Locale; appUrl: string; merchant: string; card: { bin: string; last4: string } };
type Charge = Common & { amount: number; description: string };

const common = (c: Common) => ({ merchant: c.merchant, card: cardLabel(c.card, c.locale), cardsUrl: `${c.appUrl}/account/cards` });

/** A merchant's charge the issuer wants the cardholder to authenticate: the page that does it. */
export function waitingChargeMail(c: Charge & { paymentId: string }): Mail {
  const t = notificationTexts(c.locale);
  const v = { ...common(c), amount: formatMoney(c.amount, "EUR", c.locale), description: c.description, url: `${c.appUrl}/account/charges/${c.paymentId}` };
  return { to: c.to, subject: fill(t.waitingSubject, v), text: fill(t.waitingBody, v) };
}

/** The receipt of a successful charge on a linked card (one-click or merchant-initiated). */
export function chargePaidMail(c: Charge & { at: Date }): Mail {
  const t = notificationTexts(c.locale);
  const v = { ...common(c), amount: formatMoney(c.amount, "EUR", c.locale), description: c.description, date: day(c.at, c.locale) };
  return { to: c.to, subject: fill(t.paidSubject, v), text: fill(t.paidBody, v) };
}

/** The card itself expires soon (its expiry month, YYYY-MM). */
export function cardExpiryMail(c: Common & { expiry: string }): Mail {
  const t = notificationTexts(c.locale);
  const v = { ...common(c), expiry: c.expiry };
  return { to: c.to, subject: fill(t.cardExpirySubject, v), text: fill(t.cardExpiryBody, v) };
}

/** The link lapses soon: 365 days without a successful charge end on `endsAt`. */
export function linkExpiryMail(c: Common & { endsAt: Date }): Mail {
  const t = notificationTexts(c.locale);
  const v = { ...common(c), date: day(c.endsAt, c.locale) };
  return { to: c.to, subject: fill(t.linkExpirySubject, v), text: fill(t.linkExpiryBody, v) };
}
