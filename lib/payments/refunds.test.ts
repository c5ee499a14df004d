import { describe, expect, it } from "vitest";
import { checkRefund, type RefundCheckInput } from "./refunds";

const now = new Date("2026-11-21T12:00:00Z");
const base: RefundCheckInput = {
  provider: "wooshpay",
  status: "PAID",
  capturedAmount: 10_000,
  previousRefunds: [],
  paidAt: new Date("2026-11-01T12:00:00Z"),
  amount: 10_000,
  now,
};

describe("refund rules", () => {
  it("never refunds more than was captured", () => {
    expect(checkRefund({ ...base, amount: 10_001 })?.code).toBe("amount_exceeds_captured");
    expect(checkRefund({ ...base, provider: "ppro", previousRefunds: [6_000], amount: 4_001 })?.code).toBe("amount_exceeds_captured");
    expect(checkRefund({ ...base, provider: "ppro", previousRefunds: [6_000], amount: 4_000 })).toBeNull();
  });

  it("WooshPay: one partial refund, not a second", () => {
    expect(checkRefund({ ...base, amount: 4_000 })).toBeNull();
    expect(checkRefund({ ...base, previousRefunds: [4_000], amount: 1_000 })?.code).toBe("multiple_partial_not_supported");
  });

  it("Worldpay: at most 3,000 EUR each, within 180 days", () => {
    const wp = { ...base, provider: "worldpay" as const, capturedAmount: 500_000 };
    expect(checkRefund({ ...wp, amount: 300_000 })).toBeNull();
    expect(checkRefund({ ...wp, amount: 300_001 })?.code).toBe("refund_too_large");
    expect(checkRefund({ ...wp, amount: 100, paidAt: new Date(now.getTime() - 181 * 86_400_000) })?.code).toBe("refund_window_passed");
  });

  it("only refunds a paid payment", () => {
    expect(checkRefund({ ...base, status: "PENDING" })?.code).toBe("payment_not_paid");
  });
});
