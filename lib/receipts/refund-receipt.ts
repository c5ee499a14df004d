// The refund receipt, put in the outbox inside the transaction that makes a refund SUCCEEDED (the
// refunds' settlement hook calls it): one per refund, to whoever got the payment's receipt, in
// their language. A refund that is not SUCCEEDED sends nothing.
import type { Db } from "../db/client";
import { env } from "../env";
import { cardholderLinks } from "../links/urls";
import { deliverMailIn } from "../mail/send";
import { loadReceiptFacts, paymentRecipient } from "./load-receipt";
import { refundReceiptMail } from "./receipt-mail";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function enqueueRefundReceipt(tx: Tx, refundId: string): Promise<boolean> {
  const refund = await tx.refund.findUnique({ where: { id: refundId } });
  if (!refund || refund.status !== "SUCCEEDED") return false;
  const facts = await loadReceiptFacts(tx, refund.paymentId);
  const recipient = await paymentRecipient(tx, refund.paymentId);
  if (!facts || !recipient) return false;
  const e = env();
  const links = await cardholderLinks(e.appUrl, e.authSecret, refund.paymentId);
  const mail = refundReceiptMail(facts, { amount: refund.amount, at: refund.settledAt ?? refund.updatedAt }, links, { to: recipient.email, locale: recipient.locale, appUrl: e.appUrl });
  await deliverMailIn(tx, mail, { smtpUrl: e.smtpUrl });
  return true;
}
