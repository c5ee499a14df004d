// Reading a payment's status from its provider (on the shopper's return, or when asked), and
// the shopper cancelling an open payment.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { ProviderIdSchema } from "../payments/providers";
import { isFinal, PaymentStatusSchema } from "../payments/states";
import type { PaymentProvider } from "../providers/types";
import { applyProviderSnapshot } from "./apply-update";

type ProviderLookup = (id: ReturnType<typeof ProviderIdSchema.parse>) => PaymentProvider | undefined;

async function loadOpen(db: Db, checkoutId: string, paymentId: string) {
  const payment = await db.payment.findUnique({ where: { id: paymentId } });
  if (!payment || payment.checkoutId !== checkoutId) throw new AppError("not_found", "payment not found");
  return payment;
}

/** Asks the provider for the latest status unless the payment is already final. */
export async function syncPayment(db: Db, providers: ProviderLookup, checkoutId: string, paymentId: string, source: string) {
  const payment = await loadOpen(db, checkoutId, paymentId);
  if (isFinal(PaymentStatusSchema.parse(payment.status)) || !payment.providerPaymentId) return payment;
  const provider = providers(ProviderIdSchema.parse(payment.provider));
  if (!provider) return payment;
  try {
    const snap = await provider.getPayment(payment.providerPaymentId);
    await applyProviderSnapshot(db, provider.id, snap, source);
  } catch {
    // The webhook still brings the outcome; the page shows what we know now.
  }
  return db.payment.findUniqueOrThrow({ where: { id: paymentId } });
}

export async function cancelPayment(db: Db, providers: ProviderLookup, checkoutId: string, paymentId: string) {
  const payment = await loadOpen(db, checkoutId, paymentId);
  const status = PaymentStatusSchema.parse(payment.status);
  if (isFinal(status)) return payment;
  // Once scanned, the shopper may still cancel; once authorised, money is moving.
  if (status !== "CREATED" && status !== "PENDING" && status !== "IDENTIFIED") {
    throw new AppError("payment_not_allowed", "the payment is being confirmed and can no longer be cancelled");
  }
  const provider = providers(ProviderIdSchema.parse(payment.provider));
  if (!provider || !payment.providerPaymentId) throw new AppError("payment_not_allowed", "this payment cannot be cancelled");
  const snap = await provider.cancelPayment(payment.providerPaymentId).catch(() => provider.getPayment(payment.providerPaymentId!));
  await applyProviderSnapshot(db, provider.id, snap, "shopper");
  return db.payment.findUniqueOrThrow({ where: { id: paymentId } });
}
