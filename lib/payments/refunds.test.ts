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

  it("WooshPay: a full refund, or one partial one; nothing after either", () => {
    expect(checkRefund({ ...base, amount: 10_000 })).toBeNull();
    expect(checkRefund({ ...base, amount: 1 })).toBeNull();
    expect(checkRefund({ ...base, previousRefunds: [4_000], amount: 6_000 })?.code).toBe("multiple_partial_not_supported");
    expect(checkRefund({ ...base, previousRefunds: [10_000], amount: 1 })?.code).toBe("amount_exceeds_captured");
  });

  it.each(["ppro", "ppro-legacy", "bancontact"] as const)("%s: full, partial and several partial refunds up to what was captured", (provider) => {
    const p = { ...base, provider };
    expect(checkRefund({ ...p, amount: 10_000 })).toBeNull();
    expect(checkRefund({ ...p, amount: 2_500 })).toBeNull();
    expect(checkRefund({ ...p, previousRefunds: [2_500, 2_500, 2_500], amount: 2_500 })).toBeNull();
    expect(checkRefund({ ...p, previousRefunds: [2_500, 2_500, 2_500], amount: 2_501 })?.code).toBe("amount_exceeds_captured");
    expect(checkRefund({ ...p, previousRefunds: [10_000], amount: 1 })?.code).toBe("amount_exceeds_captured");
    // No time limit in their documents.
    expect(checkRefund({ ...p, amount: 100, paidAt: new Date(now.getTime() - 400 * 86_400_000) })).toBeNull();
  });

  it("Worldpay: several refunds of up to 3,000 EUR each; exactly 180 days is still inside", () => {
    const wp = { ...base, provider: "worldpay" as const, capturedAmount: 500_000 };
    expect(checkRefund({ ...wp, previousRefunds: [300_000], amount: 200_000 })).toBeNull();
    expect(checkRefund({ ...wp, previousRefunds: [300_000], amount: 200_001 })?.code).toBe("amount_exceeds_captured");
    expect(checkRefund({ ...wp, amount: 100, paidAt: new Date(now.getTime() - 180 * 86_400_000) })).toBeNull();
    expect(checkRefund({ ...wp, amount: 100, paidAt: new Date(now.getTime() - 180 * 86_400_000 - 1) })?.code).toBe("refund_window_passed");
    expect(checkRefund({ ...wp, amount: 100, paidAt: null })?.code).toBe("payment_not_paid");
  });

  it("refuses zero, negative and fractional amounts", () => {
    expect(checkRefund({ ...base, amount: 0 })?.code).toBe("amount_invalid");
    expect(checkRefund({ ...base, amount: -5 })?.code).toBe("amount_invalid");
    expect(checkRefund({ ...base, amount: 10.5 })?.code).toBe("amount_invalid");
  });
});
