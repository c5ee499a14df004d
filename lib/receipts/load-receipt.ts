// Reading a payment's receipt facts and its cardholder (who gets the receipt, in which language)
// from the database; receipt-data.ts turns the facts into words.
import type { Db } from "../db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { storedItems } from "../checkouts/items";
import type { ReceiptFacts } from "./receipt-data";

type Reader = Pick<Db, "payment" | "linkedCard" | "wipSchedule" | "cardholder">;

/** Payments a receipt is about: paid (refunds do not undo that a payment was made). */
const RECEIPT_STATUSES = ["PAID"];

export async function loadReceiptFacts(db: Reader, paymentId: string): Promise<(ReceiptFacts & { merchantId: string; linkedCardId: string | null; scheduleId: string | null }) | null> {
  const p = await db.payment.findUnique({ where: { id: paymentId }, include: { checkout: { include: { merchant: true } }, refunds: { orderBy: { createdAt: "asc" } } } });
  if (!p || !RECEIPT_STATUSES.includes(p.status)) return null;
  const card = p.linkedCardId ? await db.linkedCard.findUnique({ where: { id: p.linkedCardId }, select: { bin: true, last4: true } }) : null;
  const schedule = p.scheduleId ? await db.wipSchedule.findUnique({ where: { id: p.scheduleId } }) : null;
  // Which of the schedule's charges this is: those made before it, and this one.
  const number = schedule ? await db.payment.count({ where: { scheduleId: schedule.id, createdAt: { lte: p.createdAt } } }) : 0;
  return {
    paymentId: p.id,
    merchantId: p.merchantId,
    linkedCardId: p.linkedCardId,
    scheduleId: p.scheduleId,
    providerPaymentId: p.providerPaymentId,
    merchant: { name: p.checkout.merchant.name, address: p.checkout.merchant.address },
    paidAt: p.completedAt ?? p.updatedAt,
    amount: p.amount,
    description: p.checkout.description,
    merchantReference: p.checkout.merchantReference,
    initiation: p.initiation,
    card,
    schedule: schedule ? { kind: schedule.kind, description: schedule.description, instalments: schedule.instalments, number } : null,
    refunds: p.refunds.map((r) => ({ amount: r.amount, status: r.status, at: r.settledAt ?? r.createdAt })),
    refundable: Math.max(0, p.capturedAmount - p.refundedAmount),
    canStop: Boolean(p.linkedCardId || p.scheduleId),
    items: storedItems(p.checkout.items),
  };
}

export type Recipient = { email: string; cardholderId: string | null; locale: Locale };

/**
 * Who the payment's mail goes to: the linked card's cardholder for a charge on a card, else the
 * signed-in cardholder who paid, else the email the shop gave at checkout; in the cardholder's
 * language, or for a guest the language they paid in (Payment.locale), else English.
 */
export async function paymentRecipient(db: Reader, paymentId: string): Promise<Recipient | null> {
  const p = await db.payment.findUnique({ where: { id: paymentId }, select: { cardholderId: true, linkedCardId: true, locale: true, checkout: { select: { customerEmail: true } } } });
  if (!p) return null;
  const card = p.linkedCardId ? await db.linkedCard.findUnique({ where: { id: p.linkedCardId }, select: { cardholderId: true } }) : null;
  const holderId = card?.cardholderId ?? p.cardholderId;
  const holder = holderId
    ? await db.cardholder.findUnique({ where: { id: holderId } })
    : p.checkout.customerEmail
      ? await db.cardholder.findFirst({ where: { email: { equals: p.checkout.customerEmail, mode: "insensitive" } } })
      : null;
  const email = holderId ? holder?.email : p.checkout.customerEmail;
  if (!email) return null;
  // A cardholder who paid or owns the card: their language; a guest: the one they paid in.
  const locale = (holderId ? [holder?.locale, p.locale] : [p.locale, holder?.locale]).find(isLocale) ?? DEFAULT_LOCALE;
  return { email, cardholderId: holder?.id ?? null, locale };
}
