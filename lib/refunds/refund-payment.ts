// Refunding a payment: the provider's rules and "never more than was captured" are checked under
// a lock on the payment, and the amount is reserved before the provider is called, so that two
// refunds at the same moment can never add up to more than the payment.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { ProviderIdSchema } from "../payments/providers";
import { checkRefund } from "../payments/refunds";
import { ProviderError, type PaymentProvider } from "../providers/types";
import { settleRefund } from "./settle-refund";

type ProviderLookup = (id: ReturnType<typeof ProviderIdSchema.parse>) => PaymentProvider | undefined;
export type RefundRequest = { amount?: number; reason?: string };

async function reserve(db: Db, merchantId: string, paymentId: string, req: RefundRequest, now: Date) {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Payment" WHERE id = ${paymentId} AND "merchantId" = ${merchantId} FOR UPDATE`;
    if (!locked[0]) throw new AppError("not_found", "payment not found");
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: { where: { status: { not: "FAILED" } } } } });
    const provider = ProviderIdSchema.parse(payment.provider);
    const amount = req.amount ?? payment.capturedAmount - payment.refundedAmount;
    const violation = checkRefund({
      provider,
      status: payment.status,
      capturedAmount: payment.capturedAmount,
      previousRefunds: payment.refunds.map((r) => r.amount),
      paidAt: payment.completedAt,
      amount,
      now,
    });
    if (violation) throw new AppError("refund_not_allowed", violation.message, [{ field: "amount", message: violation.code }]);
    if (!payment.providerPaymentId) throw new AppError("refund_not_allowed", "the provider does not know this payment");
    const refund = await tx.refund.create({
      data: { id: newId("ref"), paymentId, merchantId, amount, status: "PENDING", reason: req.reason ?? null },
    });
    await tx.payment.update({ where: { id: paymentId }, data: { refundedAmount: { increment: amount } } });
    return { refund, provider, providerPaymentId: payment.providerPaymentId };
  });
}

export async function refundPayment(db: Db, providers: ProviderLookup, merchantId: string, paymentId: string, req: RefundRequest, now = new Date()) {
  const owned = await db.payment.findFirst({ where: { id: paymentId, merchantId }, select: { provider: true } });
  if (!owned) throw new AppError("not_found", "payment not found");
  const provider = providers(ProviderIdSchema.parse(owned.provider));
  // Checked before anything is reserved: nothing to undo when the provider is not configured.
  if (!provider) throw new AppError("provider_unavailable", "the payment's provider is not configured");
  const { refund, provider: providerId, providerPaymentId } = await reserve(db, merchantId, paymentId, req, now);
  try {
    const result = await provider.refundPayment({
      providerPaymentId,
      amount: refund.amount,
      currency: "EUR",
      description: req.reason ?? `Refund of ${paymentId}`,
      idempotencyKey: refund.id,
    });
    if (result.status === "FAILED") throw new ProviderError(providerId, "rejected", "the provider refused the refund");
    if (result.status === "SUCCEEDED") {
      await settleRefund(db, refund.id, { status: "SUCCEEDED", providerRefundId: result.providerRefundId }, now);
      return db.refund.findUniqueOrThrow({ where: { id: refund.id } });
    }
    // PENDING: settled later by the provider's events or by lib/jobs/settle-refunds.ts.
    return db.refund.update({ where: { id: refund.id }, data: { providerRefundId: result.providerRefundId } });
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    if (error.kind !== "rejected") {
      // Unknown outcome (no answer, or an answer we could not read): the refund may have
      // happened, so the amount stays reserved until the provider's answer is known.
      throw new AppError("provider_unavailable", "the provider did not answer; the refund stays pending");
    }
    // Released once, under the payment's lock, and only if nothing settled the refund meanwhile.
    await settleRefund(db, refund.id, { status: "FAILED", reason: error.message, refusedAtOnce: true }, now);
    throw new AppError("provider_rejected", error.message);
  }
}
