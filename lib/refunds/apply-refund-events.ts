// Refund outcomes a provider's webhook reports (PPRO's signed charge events, Worldpay's refund
// events read back from the payment): each PENDING refund they name is settled, once.
import type { Db } from "../db/client";
import type { ProviderId } from "../payments/providers";
import type { RefundEventState } from "../providers/types";
import { settleRefund } from "./settle-refund";

/** Settles the refunds the event reports as done; returns how many it moved. */
export async function applyRefundEvents(db: Db, provider: ProviderId, states: readonly RefundEventState[], now = new Date()): Promise<number> {
  let settled = 0;
  for (const s of states) {
    if (s.status === "PENDING") continue;
    const names = [...(s.reference ? [{ id: s.reference }] : []), ...(s.providerRefundId ? [{ providerRefundId: s.providerRefundId }] : [])];
    if (names.length === 0) continue;
    const refund = await db.refund.findFirst({
      where: { status: "PENDING", OR: names, payment: { provider, providerPaymentId: s.providerPaymentId } },
      select: { id: true },
    });
    if (!refund) continue;
    const outcome =
      s.status === "SUCCEEDED"
        ? { status: "SUCCEEDED" as const, ...(s.providerRefundId ? { providerRefundId: s.providerRefundId } : {}) }
        : { status: "FAILED" as const, reason: s.failureMessage ?? "the provider reports the refund failed" };
    if (await settleRefund(db, refund.id, outcome, now)) settled++;
  }
  return settled;
}
