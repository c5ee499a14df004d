// Asking the provider about refunds left PENDING, for the providers whose API can read a refund
// (PaymentProvider.getRefund; the others are settled by their webhooks only, docs/refunds.md).
// A refund is first asked about a minute after it was made, then less and less often (doubling,
// up to every six hours), and never given up on: one still PENDING after a day is overdue, which
// staff are shown (isOverdue) and the log says once.
import type { Db } from "../db/client";
import type { Refund } from "../db/generated/client";
import { logger } from "../log";
import { ProviderIdSchema, type ProviderId } from "../payments/providers";
import type { PaymentProvider } from "../providers/types";
import { settleRefund } from "./settle-refund";

const MINUTE_MS = 60_000;
export const FIRST_CHECK_AFTER_MS = MINUTE_MS;
export const MAX_CHECK_INTERVAL_MS = 6 * 60 * MINUTE_MS;
export const OVERDUE_AFTER_MS = 24 * 60 * MINUTE_MS;
const BATCH = 100;

type Checked = Pick<Refund, "status" | "createdAt" | "checks" | "lastCheckedAt">;

/** The wait after the n-th check: 1, 2, 4, … minutes, at most six hours. */
export function checkInterval(checks: number): number {
  return Math.min(FIRST_CHECK_AFTER_MS * 2 ** Math.min(checks, 20), MAX_CHECK_INTERVAL_MS);
}

/** Whether a PENDING refund is due to be asked about at `now`. */
export function isDue(r: Checked, now: Date): boolean {
  if (r.status !== "PENDING") return false;
  if (!r.lastCheckedAt) return now.getTime() - r.createdAt.getTime() >= FIRST_CHECK_AFTER_MS;
  return now.getTime() - r.lastCheckedAt.getTime() >= checkInterval(r.checks - 1);
}

/** A refund still PENDING a day after it was made: staff should look at it. */
export function isOverdue(r: Pick<Refund, "status" | "createdAt">, now: Date): boolean {
  return r.status === "PENDING" && now.getTime() - r.createdAt.getTime() >= OVERDUE_AFTER_MS;
}

export type SettleSummary = { asked: number; settled: number };

export async function settlePendingRefunds(db: Db, providers: (id: ProviderId) => PaymentProvider | undefined, now = new Date()): Promise<SettleSummary> {
  const candidates = await db.refund.findMany({
    where: { status: "PENDING", createdAt: { lte: new Date(now.getTime() - FIRST_CHECK_AFTER_MS) } },
    orderBy: [{ lastCheckedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: BATCH,
    include: { payment: { select: { provider: true, providerPaymentId: true } } },
  });
  const summary: SettleSummary = { asked: 0, settled: 0 };
  for (const refund of candidates) {
    if (!isDue(refund, now)) continue;
    const provider = providers(ProviderIdSchema.parse(refund.payment.provider));
    if (!provider?.getRefund || !refund.payment.providerPaymentId) continue;
    // Stamped before asking, and only if no other run stamped it since it was read.
    const stamped = await db.refund.updateMany({
      where: { id: refund.id, status: "PENDING", checks: refund.checks },
      data: { checks: { increment: 1 }, lastCheckedAt: now },
    });
    if (stamped.count === 0) continue;
    summary.asked++;
    // Said once: at the first check that finds it overdue.
    const wasOverdue = refund.lastCheckedAt !== null && isOverdue(refund, refund.lastCheckedAt);
    try {
      const state = await provider.getRefund({ providerPaymentId: refund.payment.providerPaymentId, providerRefundId: refund.providerRefundId, idempotencyKey: refund.id });
      if (state.status === "PENDING") {
        if (isOverdue(refund, now) && !wasOverdue) logger.warn("refund still pending after a day", { refundId: refund.id, provider: provider.id });
        continue;
      }
      const outcome =
        state.status === "SUCCEEDED"
          ? { status: "SUCCEEDED" as const, ...(state.providerRefundId ? { providerRefundId: state.providerRefundId } : {}) }
          : { status: "FAILED" as const, reason: state.failureMessage ?? "the provider reports the refund failed" };
      if (await settleRefund(db, refund.id, outcome, now)) summary.settled++;
    } catch (error) {
      // Asked again at the next interval; the refund keeps its reserved amount meanwhile.
      logger.warn("refund state not read", { refundId: refund.id, provider: provider.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return summary;
}
