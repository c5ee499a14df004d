// The page a refused receipt link leads to: which of expired, tampered, another page's or another
// payment's link it was (or none, or a payment not the signed-in cardholder's), and what to do.
// 410 for an expired link (it will never work again), 403 otherwise. Plain HTML in the reader's
// language, rendered by a route handler because a page cannot answer with those statuses.
import { z } from "zod";
import { fill } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { LINK_REFUSALS } from "../access/payment-links";
import { CARDHOLDER_PAGES } from "../links/urls";
import { escapeHtml } from "../mail/html";
import { receiptTexts } from "./texts";

export const RefusedQuerySchema = z.object({
  reason: z.enum(LINK_REFUSALS).catch("invalid"),
  page: z.enum(CARDHOLDER_PAGES).catch("receipt"),
  payment: z.string().regex(/^pay_[a-z2-7]{20}$/).optional().catch(undefined),
});
export type RefusedQuery = z.infer<typeof RefusedQuerySchema>;

export function refusedStatus(q: RefusedQuery): number {
  return q.reason === "expired" ? 410 : 403;
}

export function refusedLinkHtml(q: RefusedQuery, locale: Locale): string {
  const t = receiptTexts(locale);
  const reason = (t as Record<string, string>)[`refused_${q.reason.replace("-", "_")}`] ?? t.refused_invalid;
  const back = q.payment ? `/payments/${q.payment}/${q.page}` : null;
  const signIn = back ? `/signin?next=${encodeURIComponent(back)}` : "/signin";
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.refusedTitle)}</title></head>
<body style="font-family:system-ui,sans-serif;background:#fafaf9;color:#1c1917;margin:0">
<main id="main" style="max-width:40rem;margin:0 auto;padding:2rem 1rem">
<h1 style="font-size:1.5rem">${escapeHtml(t.refusedTitle)}</h1>
<p data-testid="refused-reason">${escapeHtml(reason)}</p>
<p>${escapeHtml(fill(t.refusedWhat))}</p>
<p><a href="${escapeHtml(signIn)}" style="color:#1d4ed8">${escapeHtml(t.signIn)}</a></p>
</main></body></html>`;
}
