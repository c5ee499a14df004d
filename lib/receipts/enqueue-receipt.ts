// The receipt of a payment just made PAID, put in the outbox inside the transaction that makes it
// PAID (lib/checkouts/apply-update.ts): the state machine makes a payment PAID once, so exactly one
// receipt leaves per payment, whichever way the answer came. No known email: no mail (the page
// is still there for the signed-in cardholder).
import type { Db } from "../db/client";
import { env } from "../env";
import { cardholderLinks } from "../links/urls";
import { deliverMailIn } from "../mail/send";
import { loadReceiptFacts, paymentRecipient } from "./load-receipt";
import { receiptMail } from "./receipt-mail";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function enqueueReceipt(tx: Tx, paymentId: string): Promise<void> {
  const facts = await loadReceiptFacts(tx, paymentId);
  const recipient = await paymentRecipient(tx, paymentId);
  if (!facts || !recipient) return;
  const e = env();
  const links = await cardholderLinks(e.appUrl, e.authSecret, paymentId);
  await deliverMailIn(tx, receiptMail(facts, links, { to: recipient.email, locale: recipient.locale, appUrl: e.appUrl }), { smtpUrl: e.smtpUrl });
}
