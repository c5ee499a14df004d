// The cardholder's pages about one payment, and the signed links to them that receipts carry:
// the receipt, the three requests it offers, and the progress of those requests. The progress
// page takes the receipt's link (and any other link for the same payment: each is about it).
import { signLink, type LinkPurpose } from "./signed-link";

export const CARDHOLDER_PAGES = ["receipt", "refund", "dispute", "stop", "requests"] as const;
export type CardholderPage = (typeof CARDHOLDER_PAGES)[number];

/** The signed link's purpose each page asks for. */
export const PAGE_PURPOSE: Record<CardholderPage, LinkPurpose> = { receipt: "receipt", refund: "refund", dispute: "dispute", stop: "stop", requests: "receipt" };

/** The page's path, without a link: the signed-in cardholder's way in. */
export function cardholderPath(paymentId: string, page: CardholderPage): string {
  return `/payments/${encodeURIComponent(paymentId)}/${page}`;
}

/** The page's path with a signed link `t`. */
export function signedPath(paymentId: string, page: CardholderPage, token: string): string {
  return `${cardholderPath(paymentId, page)}?t=${encodeURIComponent(token)}`;
}

export type CardholderLinks = Record<CardholderPage, string>;

/** Every link a receipt carries, absolute (mail) under `appUrl`, each signed for its own purpose. */
export async function cardholderLinks(appUrl: string, secret: string, paymentId: string, now?: Date): Promise<CardholderLinks> {
  const base = appUrl.replace(/\/+$/, "");
  const tokens = Object.fromEntries(
    await Promise.all((["receipt", "refund", "dispute", "stop"] as const).map(async (purpose) => [purpose, await signLink(secret, { paymentId, purpose, now })] as const)),
  ) as Record<LinkPurpose, string>;
  const links = {} as CardholderLinks;
  for (const page of CARDHOLDER_PAGES) links[page] = `${base}${signedPath(paymentId, page, tokens[PAGE_PURPOSE[page]])}`;
  return links;
}

/** Where a refused link is explained (lib/access/payment-links.ts): 403, or 410 when it expired. */
export function refusedPath(paymentId: string, page: CardholderPage, reason: string): string {
  return `/payments/link-refused?reason=${encodeURIComponent(reason)}&page=${page}&payment=${encodeURIComponent(paymentId)}`;
}
