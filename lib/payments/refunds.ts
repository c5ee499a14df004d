// Refund rules: never more than was captured, and each provider's own rules (limits.ts).
import { PROVIDER_LIMITS } from "./limits";
import type { ProviderId } from "./providers";

export type RefundCheckInput = {
  provider: ProviderId;
  status: string;
  capturedAmount: number;
  /** Refunds already made or in progress, in cents each. */
  previousRefunds: readonly number[];
  paidAt: Date | null;
  amount: number;
  now: Date;
};

export type RefundViolation = { code: string; message: string };

const DAY_MS = 86_400_000;

export function checkRefund(input: RefundCheckInput): RefundViolation | null {
  const rules = PROVIDER_LIMITS[input.provider].refund;
  if (!rules.refunds) return { code: "refunds_not_supported", message: "this provider does not refund" };
  if (input.status !== "PAID") return { code: "payment_not_paid", message: "only a paid payment can be refunded" };
  if (!Number.isInteger(input.amount) || input.amount < 1) return { code: "amount_invalid", message: "amount must be at least 1 cent" };
  const refunded = input.previousRefunds.reduce((a, b) => a + b, 0);
  const remaining = input.capturedAmount - refunded;
  if (input.amount > remaining) {
    return { code: "amount_exceeds_captured", message: `at most ${remaining} cents can still be refunded` };
  }
  const isPartial = input.amount < input.capturedAmount;
  if (isPartial && !rules.partial) return { code: "partial_not_supported", message: "this provider refunds the full amount only" };
  if (input.previousRefunds.length > 0 && !rules.multiplePartial) {
    return { code: "multiple_partial_not_supported", message: "this provider accepts one refund per payment" };
  }
  if (rules.maxSingleRefund !== null && input.amount > rules.maxSingleRefund) {
    return { code: "refund_too_large", message: `a single refund is at most ${rules.maxSingleRefund} cents` };
  }
  if (rules.windowDays !== null) {
    if (!input.paidAt) return { code: "payment_not_paid", message: "only a paid payment can be refunded" };
    if (input.now.getTime() - input.paidAt.getTime() > rules.windowDays * DAY_MS) {
      return { code: "refund_window_passed", message: `refunds are accepted up to ${rules.windowDays} days after payment` };
    }
  }
  return null;
}
