// Job kind "settle-refunds": every two minutes, the refunds left PENDING are asked about at their
// provider (lib/refunds/settle-pending.ts). graphile-worker's cron runs it once across instances;
// two runs at once still settle each refund once (settle-refund.ts).
import type { CronItem, Task } from "graphile-worker";
import type { Db } from "../db/client";
import type { ProviderId } from "../payments/providers";
import type { PaymentProvider } from "../providers/types";
import { settlePendingRefunds } from "../refunds/settle-pending";

export const SETTLE_REFUNDS = "settle-refunds";

export const settleRefundsCron: CronItem = {
  task: SETTLE_REFUNDS,
  match: "*/2 * * * *",
  identifier: SETTLE_REFUNDS,
  // A run missed needs no catching up: the next one finds every refund still pending.
  options: { backfillPeriod: 0, maxAttempts: 1 },
};

export function settleRefundsTask(prisma: Db, providers: (id: ProviderId) => PaymentProvider | undefined): Task {
  return async () => {
    await settlePendingRefunds(prisma, providers, new Date());
  };
}
