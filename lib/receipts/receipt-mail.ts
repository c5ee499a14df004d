// The receipt mail, the refund receipt mail and the mail of a refund that failed, text and HTML, in
// the recipient's language. Pure: enqueue-receipt.ts, refund-receipt.ts and refund-failed-mail.ts
// read the rows and put the mail in the outbox.
import { fill, labelled } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import { htmlMail } from "../mail/html";
import type { Mail } from "../mail/send";
import type { CardholderLinks } from "../links/urls";
import { formatMoney } from "../payments/money";
import { brusselsDate, receiptData, type ReceiptFacts } from "./receipt-data";
import { receiptTexts } from "./texts";

type To = { to: string; locale: Locale; appUrl: string };

function requestLinks(f: ReceiptFacts, links: CardholderLinks, locale: Locale) {
  const t = receiptTexts(locale);
  return [
    { label: t.mailReceiptLink, href: links.receipt },
    { label: t.askRefund, href: links.refund },
    { label: t.askDispute, href: links.dispute },
    ...(f.canStop ? [{ label: t.askStop, href: links.stop }] : []),
  ];
}

export function receiptMail(f: ReceiptFacts, links: CardholderLinks, r: To): Mail {
  const t = receiptTexts(r.locale);
  const merchant = f.merchant.name;
  const receipt = receiptData(f, r.locale);
  const actions = requestLinks(f, links, r.locale);
  const cards = f.card ? [{ label: t.cardsLink, href: `${r.appUrl}/account/cards` }] : [];
  const text = [
    t.mailHello,
    fill(t.mailIntro, { merchant }),
    receipt.lines.map((l) => labelled(l.label, l.value, r.locale)).join("\n"),
    ...(receipt.items.length ? [`${t.items}\n${receipt.items.map((l) => labelled(l.label, l.value, r.locale)).join("\n")}`] : []),
    fill(t.mailLinksIntro, { merchant }),
    [...actions, ...cards].map((l) => labelled(l.label, l.href, r.locale)).join("\n"),
  ].join("\n\n");
  const html = htmlMail(r.locale, receipt.title, [
    { p: t.mailHello },
    { p: fill(t.mailIntro, { merchant }) },
    { table: receipt.lines },
    ...(receipt.items.length ? [{ p: t.items }, { table: receipt.items }] : []),
    { p: fill(t.mailLinksIntro, { merchant }) },
    { links: [...actions, ...cards] },
  ]);
  return { to: r.to, subject: fill(t.mailSubject, { amount: formatMoney(f.amount, "EUR", r.locale), merchant }), text, html, kind: "receipt", paymentId: f.paymentId };
}

export function refundReceiptMail(f: ReceiptFacts, refund: { amount: number; at: Date }, links: CardholderLinks, r: To): Mail {
  const t = receiptTexts(r.locale);
  const money = (c: number) => formatMoney(c, "EUR", r.locale);
  const merchant = f.merchant.name;
  const refunded = f.refunds.filter((x) => x.status === "SUCCEEDED").reduce((a, x) => a + x.amount, 0);
  const intro = fill(t.refundMailIntro, { merchant, amount: money(refund.amount), paid: money(f.amount), description: f.description, date: brusselsDate(refund.at, r.locale) });
  const lines = [...receiptData(f, r.locale).lines, { label: t.refunds, value: fill(t.refundMailTotal, { amount: money(refunded) }) }];
  const items = [{ label: t.mailReceiptLink, href: links.receipt }, { label: t.seeRequests, href: links.requests }];
  const text = [t.mailHello, intro, lines.map((l) => labelled(l.label, l.value, r.locale)).join("\n"), items.map((l) => labelled(l.label, l.href, r.locale)).join("\n")].join("\n\n");
  const html = htmlMail(r.locale, fill(t.refundMailSubject, { amount: money(refund.amount), merchant }), [{ p: t.mailHello }, { p: intro }, { table: lines }, { links: items }]);
  return { to: r.to, subject: fill(t.refundMailSubject, { amount: money(refund.amount), merchant }), text, html, kind: "refund-receipt", paymentId: f.paymentId };
}

/** A refund that FAILED: nothing moved, the merchant knows, and where to follow up or ask again. */
export function refundFailedMail(f: ReceiptFacts, refund: { amount: number }, links: CardholderLinks, r: To): Mail {
  const t = receiptTexts(r.locale);
  const money = (c: number) => formatMoney(c, "EUR", r.locale);
  const merchant = f.merchant.name;
  const subject = fill(t.refundFailedSubject, { amount: money(refund.amount), merchant });
  const intro = fill(t.refundFailedIntro, { merchant, amount: money(refund.amount), paid: money(f.amount), description: f.description });
  const notTaken = fill(t.refundFailedNotTaken, { merchant });
  const items = [{ label: t.seeRequests, href: links.requests }, { label: t.mailReceiptLink, href: links.receipt }];
  const text = [t.mailHello, intro, notTaken, t.refundFailedFollow, items.map((l) => `${l.label}: ${l.href}`).join("\n")].join("\n\n");
  const html = htmlMail(r.locale, subject, [{ p: t.mailHello }, { p: intro }, { p: notTaken }, { p: t.refundFailedFollow }, { links: items }]);
  return { to: r.to, subject, text, html, kind: "refund-failed", paymentId: f.paymentId };
}
