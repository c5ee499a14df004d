// Who may read a payment's receipt and ask about it: the holder of the receipt's signed link for
// that page's purpose and that payment, or the signed-in cardholder whose payment it is (they
// paid it signed in, it was charged to their card, or the shop gave their verified address at
// checkout). Anyone else is told why (lib/links/urls.ts refusedPath), never shown the payment.
import type { Db } from "../db/client";
import { checkLink, type LinkPurpose } from "../links/signed-link";
import { installation } from "./conditions";
import { decide } from "./policy";
import type { Principal } from "./principal";

export type PaymentReader =
  | { via: "link"; paymentId: string; purpose: LinkPurpose }
  | { via: "account"; paymentId: string; cardholderId: string; email: string };

export type LinkRefusal = "expired" | "invalid" | "wrong-purpose" | "wrong-payment" | "missing" | "not-yours";
export const LINK_REFUSALS: readonly LinkRefusal[] = ["expired", "invalid", "wrong-purpose", "wrong-payment", "missing", "not-yours"];

export const PAYMENT_ID = /^pay_[a-z2-7]{20}$/;

/**
 * Whether the signed-in cardholder is the payment's: its cardholder, or its card's for a charge on
 * a saved card, or else its checkout's (verified) email. A charge on a saved card belongs to the
 * card's holder only: the email a merchant puts on it gives nobody else its pages (from which the
 * card can be deleted).
 */
export async function ownsPayment(db: Pick<Db, "payment" | "linkedCard">, cardholder: { id: string; email: string }, paymentId: string): Promise<boolean> {
  const p = await db.payment.findUnique({ where: { id: paymentId }, select: { cardholderId: true, linkedCardId: true, checkout: { select: { customerEmail: true } } } });
  if (!p) return false;
  if (p.cardholderId === cardholder.id) return true;
  if (p.linkedCardId) {
    const card = await db.linkedCard.findUnique({ where: { id: p.linkedCardId }, select: { cardholderId: true } });
    return card?.cardholderId === cardholder.id;
  }
  return p.checkout.customerEmail !== null && p.checkout.customerEmail.toLowerCase() === cardholder.email.toLowerCase();
}

/**
 * The reader of `paymentId`'s page asking for one of `purposes`, or why not. A link is tried for
 * each purpose the page accepts; the refusal names what was wrong with it.
 */
export async function paymentReader(
  db: Pick<Db, "payment" | "linkedCard">,
  session: Principal,
  input: { paymentId: string; purposes: readonly LinkPurpose[]; token: string | undefined; secret: string; now?: Date },
): Promise<{ ok: true; reader: PaymentReader } | { ok: false; reason: LinkRefusal }> {
  let linkProblem: LinkRefusal | null = null;
  if (input.token) {
    for (const purpose of input.purposes) {
      const check = await checkLink(input.secret, input.token, { purpose, paymentId: input.paymentId, now: input.now });
      const holder: Principal = check.ok ? { kind: "link-holder", paymentId: check.paymentId, purpose } : { kind: "anonymous" };
      if (decide(holder, { to: "follow-payment", paymentId: input.paymentId, purpose }, installation()).allowed) {
        return { ok: true, reader: { via: "link", paymentId: input.paymentId, purpose } };
      }
      if (!check.ok && (linkProblem === null || linkProblem === "wrong-purpose")) linkProblem = check.reason;
    }
  }
  const purpose = input.purposes[0]!;
  if (session.kind === "cardholder" && decide(session, { to: "follow-payment", paymentId: input.paymentId, purpose }, installation()).allowed) {
    if (await ownsPayment(db, session, input.paymentId)) return { ok: true, reader: { via: "account", paymentId: input.paymentId, cardholderId: session.id, email: session.email } };
    return { ok: false, reason: linkProblem ?? "not-yours" };
  }
  return { ok: false, reason: linkProblem ?? "missing" };
}
