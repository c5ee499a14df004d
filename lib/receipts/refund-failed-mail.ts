// The mail of a refund that FAILED, put in the outbox inside the transaction that settles it FAILED
// (lib/refunds/on-refund-settled.ts): the refund moves out of PENDING once, so one such mail per
// refund, to whoever got the payment's receipt, in their language. No known address: no mail (staff
// see the failure on the payment and in the requests inbox).
import type { Db } from "../db/client";
import { env } from "../env";
import { cardholderLinks } from "../links/urls";
import { deliverMailIn } from "../mail/send";
import { loadReceiptFacts, paymentRecipient } from "./load-receipt";
import { refundFailedMail } from "./receipt-mail";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function enqueueRefundFailedMail(tx: Tx, refundId: string): Promise<boolean> {
  const refund = await tx.refund.findUnique({ where: { id: refundId } });
  if (!refund || refund.status !== "FAILED") return false;
  const facts = await loadReceiptFacts(tx, refund.paymentId);
  const recipient = await paymentRecipient(tx, refund.paymentId);
  if (!facts || !recipient) return false;
  const e = env();
  const links = await cardholderLinks(e.appUrl, e.authSecret, refund.paymentId);
  const mail = refundFailedMail(facts, { amount: refund.amount }, links, { to: recipient.email, locale: recipient.locale, appUrl: e.appUrl });
  await deliverMailIn(tx, mail, { smtpUrl: e.smtpUrl });
  return true;
}
