// What the cardholder's page for one charge on their card shows (/account/charges/<paymentId>):
// read only for the card's own cardholder; another's charge, or no such charge, is null (404).
import { z } from "zod";
import type { Db } from "../db/client";
import { shopperStatus } from "../checkouts/shopper-view";
import { PaymentStatusSchema, type PaymentStatus } from "../payments/states";

export const PaymentIdSchema = z.string().regex(/^pay_[a-z2-7]{20}$/);

export type ChargePage = {
  paymentId: string;
  checkoutId: string;
  merchant: string;
  amount: number;
  description: string;
  card: { bin: string; last4: string };
  status: PaymentStatus;
  /** What the live status stream says of the checkout now: the page refreshes when it changes. */
  liveVersion: string;
  /** While the issuer waits for the cardholder: the QR payload, the app link and the bank page. */
  action: { qrPayload: string | null; deepLink: string | null; bankUrl: string | null; expiresAt: string | null } | null;
};

export async function cardholderCharge(prisma: Db, cardholderId: string, paymentId: unknown): Promise<ChargePage | null> {
  const id = PaymentIdSchema.safeParse(paymentId);
  if (!id.success) return null;
  const p = await prisma.payment.findUnique({ where: { id: id.data }, include: { checkout: { include: { merchant: true } } } });
  if (!p?.linkedCardId) return null;
  const card = await prisma.linkedCard.findUnique({ where: { id: p.linkedCardId } });
  if (!card || card.cardholderId !== cardholderId) return null;
  const status = PaymentStatusSchema.parse(p.status);
  const live = await shopperStatus(prisma, p.checkoutId);
  const waiting = status === "PENDING" && (p.qrPayload || p.actionUrl);
  return {
    paymentId: p.id,
    checkoutId: p.checkoutId,
    merchant: p.checkout.merchant.name,
    amount: p.amount,
    description: p.checkout.description,
    card: { bin: card.bin, last4: card.last4 },
    status,
    liveVersion: live ? `${live.checkoutStatus}:${live.payment?.id ?? ""}:${live.payment?.status ?? ""}` : "",
    action: waiting ? { qrPayload: p.qrPayload, deepLink: p.deepLink, bankUrl: p.actionUrl, expiresAt: p.expiresAt?.toISOString() ?? null } : null,
  };
}
