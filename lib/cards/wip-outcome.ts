// What a WIP payment's final state means for the scheme's bookkeeping, applied in the same
// transaction as the state change (lib/checkouts/apply-update.ts), whichever way the answer came
// (the synchronous charge, a webhook, a status read): the reservation against the limits is
// settled, and a successful charge restarts the link's 365 days (lastUsedAt); its receipt is the
// one every paid payment gets (lib/receipts/enqueue-receipt.ts). A charge the provider
// failed because the link itself is over (PPRO's AGREEMENT_REVOKED / AGREEMENT_INACTIVE) ends the
// card here, as a thrown refusal does in charge-card.ts.
import type { Db } from "../db/client";
import type { PaymentStatus } from "../payments/states";
import { finishWipCharge } from "./reserve-wip-charge";

/** PPRO failure codes that say the agreement (the link) can no longer be charged, and what the card becomes. */
const LINK_OVER: Record<string, "REVOKED" | "FAILED"> = { AGREEMENT_REVOKED: "REVOKED", AGREEMENT_INACTIVE: "FAILED" };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function applyWipOutcome(
  tx: Tx,
  payment: { id: string; wipChargeId: string | null; linkedCardId: string | null },
  status: PaymentStatus,
  at: Date,
  failureCode: string | null = null,
): Promise<void> {
  if (!payment.wipChargeId) return;
  if (status === "PAID") {
    await finishWipCharge(tx, payment.wipChargeId, "SUCCEEDED");
    if (payment.linkedCardId) {
      await tx.linkedCard.updateMany({ where: { id: payment.linkedCardId, lastUsedAt: { lt: at } }, data: { lastUsedAt: at } });
      // A new 365 days: a later lapse is reminded again.
      await tx.linkedCard.updateMany({ where: { id: payment.linkedCardId, linkExpiryRemindedAt: { not: null } }, data: { linkExpiryRemindedAt: null } });
    }
  } else if (status === "FAILED" || status === "CANCELLED" || status === "EXPIRED") {
    await finishWipCharge(tx, payment.wipChargeId, "FAILED");
    const cardBecomes = status === "FAILED" && failureCode ? LINK_OVER[failureCode] : undefined;
    if (cardBecomes && payment.linkedCardId) await tx.linkedCard.updateMany({ where: { id: payment.linkedCardId, status: "ACTIVE" }, data: { status: cardBecomes } });
  }
}
