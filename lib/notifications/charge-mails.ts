// Putting the charge mails in the outbox: the receipt of a successful charge on a linked card,
// inside the transaction that makes the payment PAID (lib/cards/wip-outcome.ts), and the request
// to authenticate a merchant's charge the issuer holds (lib/cards/charge-card.ts).
import type { Db } from "../db/client";
import { env } from "../env";
import { deliverMailIn } from "../mail/send";
import { chargePaidMail, mailLocale, waitingChargeMail } from "./mails";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function chargeFacts(tx: Tx, paymentId: string) {
  const p = await tx.payment.findUnique({ where: { id: paymentId }, include: { checkout: { include: { merchant: true } } } });
  const card = p?.linkedCardId ? await tx.linkedCard.findUnique({ where: { id: p.linkedCardId }, include: { cardholder: true } }) : null;
  const holder = card?.cardholder;
  if (!p || !card || !holder) return null;
  const locale = mailLocale(holder.locale);
  return { to: holder.email, locale, appUrl: env().appUrl, merchant: p.checkout.merchant.name, card, amount: p.amount, description: p.checkout.description };
}

/**
 * The receipt of a WIP charge just made PAID, in the caller's transaction. The state machine makes
 * a payment PAID once, so the receipt leaves once.
 */
export async function enqueueChargePaidMail(tx: Tx, paymentId: string, at: Date): Promise<void> {
  const facts = await chargeFacts(tx, paymentId);
  if (facts) await deliverMailIn(tx, chargePaidMail({ ...facts, at }), { smtpUrl: env().smtpUrl });
}

/** Asks the cardholder to authenticate a merchant's charge: the mail links to /account/charges/<id>. */
export async function sendWaitingChargeMail(prisma: Db, paymentId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const facts = await chargeFacts(tx, paymentId);
    if (facts) await deliverMailIn(tx, waitingChargeMail({ ...facts, paymentId }), { smtpUrl: env().smtpUrl });
  });
}
