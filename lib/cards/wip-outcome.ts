// What a WIP payment's final state means for the scheme's bookkeeping, applied in the same
// transaction as the state change (lib/checkouts/apply-update.ts), whichever way the answer came
// (the synchronous charge, a webhook, a status read): the reservation against the limits is
// settled, and a successful charge restarts the link's 365 days (lastUsedAt).
import type { Db } from "../db/client";
import type { PaymentStatus } from "../payments/states";
import { finishWipCharge } from "./reserve-wip-charge";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function applyWipOutcome(
  tx: Tx,
  payment: { wipChargeId: string | null; linkedCardId: string | null },
  status: PaymentStatus,
  at: Date,
): Promise<void> {
  if (!payment.wipChargeId) return;
  if (status === "PAID") {
    await finishWipCharge(tx, payment.wipChargeId, "SUCCEEDED");
    if (payment.linkedCardId) await tx.linkedCard.updateMany({ where: { id: payment.linkedCardId, lastUsedAt: { lt: at } }, data: { lastUsedAt: at } });
  } else if (status === "FAILED" || status === "CANCELLED" || status === "EXPIRED") {
    await finishWipCharge(tx, payment.wipChargeId, "FAILED");
  }
}
