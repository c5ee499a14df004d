// Putting the charge mails in the outbox: the request to authenticate a merchant's charge the
// issuer holds (lib/cards/charge-card.ts). The receipt of a paid charge is lib/receipts/'s.
import type { Db } from "../db/client";
import { env } from "../env";
import { deliverMailIn } from "../mail/send";
import { mailLocale, waitingChargeMail } from "./mails";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function chargeFacts(tx: Tx, paymentId: string) {
  const p = await tx.payment.findUnique({ where: { id: paymentId }, include: { checkout: { include: { merchant: true } } } });
  const card = p?.linkedCardId ? await tx.linkedCard.findUnique({ where: { id: p.linkedCardId }, include: { cardholder: true } }) : null;
  const holder = card?.cardholder;
  if (!p || !card || !holder) return null;
  const locale = mailLocale(holder.locale);
  return { to: holder.email, locale, appUrl: env().appUrl, merchant: p.checkout.merchant.name, card, amount: p.amount, description: p.checkout.description };
}

/** Asks the cardholder to authenticate a merchant's charge: the mail links to /account/charges/<id>. */
export async function sendWaitingChargeMail(prisma: Db, paymentId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const facts = await chargeFacts(tx, paymentId);
    if (facts) await deliverMailIn(tx, waitingChargeMail({ ...facts, paymentId }), { smtpUrl: env().smtpUrl });
  });
}
