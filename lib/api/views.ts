// The merchant API's JSON shapes of our records.
import type { Checkout, Payment, Refund } from "../db/generated/client";
import { storedItems } from "../checkouts/items";
import { effectiveCheckoutStatus } from "../checkouts/status";

export function paymentView(p: Payment) {
  return {
    id: p.id,
    object: "payment" as const,
    checkoutId: p.checkoutId,
    provider: p.provider,
    status: p.status,
    amount: p.amount,
    currency: p.currency,
    capturedAmount: p.capturedAmount,
    refundedAmount: p.refundedAmount,
    providerPaymentId: p.providerPaymentId,
    failure: p.failureCode ? { code: p.failureCode, message: p.failureMessage } : null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    completedAt: p.completedAt?.toISOString() ?? null,
  };
}

export function checkoutView(c: Checkout & { payments?: Payment[] }, appUrl: string, now = new Date()) {
  return {
    id: c.id,
    object: "checkout" as const,
    status: effectiveCheckoutStatus(c, now),
    amount: c.amount,
    currency: c.currency,
    description: c.description,
    merchantReference: c.merchantReference,
    customerEmail: c.customerEmail,
    items: storedItems(c.items),
    returnUrl: c.returnUrl,
    url: `${appUrl}/checkout/${c.id}`,
    expiresAt: c.expiresAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    payments: (c.payments ?? []).map(paymentView),
  };
}

export function refundView(r: Refund) {
  return {
    id: r.id,
    object: "refund" as const,
    paymentId: r.paymentId,
    amount: r.amount,
    status: r.status,
    reason: r.reason,
    providerRefundId: r.providerRefundId,
    createdAt: r.createdAt.toISOString(),
  };
}
