// What every receipt page needs once access is granted: the receipt's facts (404 when the payment
// has none: not paid), the reader's language and texts, and the links onwards: signed like the one
// the reader came with, or plain paths for the signed-in cardholder.
import "server-only";
import { notFound } from "next/navigation";
import type { PaymentReader } from "../access/payment-links";
import { db } from "../db/client";
import { env } from "../env";
import { getI18n } from "../i18n/server";
import { cardholderLinks, cardholderPath, CARDHOLDER_PAGES, type CardholderLinks } from "../links/urls";
import { loadReceiptFacts } from "./load-receipt";
import { receiptTexts } from "./texts";

export async function receiptPageContext(reader: PaymentReader) {
  const [facts, i18n] = await Promise.all([loadReceiptFacts(await db(), reader.paymentId), getI18n()]);
  if (!facts) notFound();
  const links: CardholderLinks =
    reader.via === "link"
      ? await cardholderLinks("", env().authSecret, reader.paymentId)
      : (Object.fromEntries(CARDHOLDER_PAGES.map((p) => [p, cardholderPath(reader.paymentId, p)])) as CardholderLinks);
  return { facts, locale: i18n.locale, m: i18n.m, t: receiptTexts(i18n.locale), links };
}

/** The link token a form carries back to the action: the page's own (none when signed in). */
export function tokenOf(href: string): string {
  return new URL(href, "http://x").searchParams.get("t") ?? "";
}

/** The page's title in the reader's language; receipt pages are nobody's to index or to pass on as referrer. */
export async function receiptMetadata(key: "receiptTitle" | "refundTitle" | "disputeTitle" | "stopTitle" | "progressTitle") {
  const { locale } = await getI18n();
  return { title: receiptTexts(locale)[key], robots: { index: false }, referrer: "no-referrer" as const };
}
