import { describe, expect, it } from "vitest";
import { WIP_SCHEME_MAX } from "./limits";
import { agreementTerms, assertWipCharge, checkLinkAndPay, checkWipCharge, checkWipSplit, merchantWipMax, WipMaxAmountSchema, WipRefusedError } from "./wip";

const check = (amount: number, merchantMax = WIP_SCHEME_MAX, currency = "EUR") => checkWipCharge({ amount, currency, merchantMax });

describe("WIP charge rules", () => {
  it("accepts the scheme's minimum and the merchant's maximum", () => {
    expect(check(1)).toBeNull();
    expect(check(25_000, 25_000)).toBeNull();
    expect(check(50_000)).toBeNull();
  });

  it("refuses below the minimum", () => {
    expect(check(0)?.reason).toBe("wip_below_minimum");
    expect(check(-5)?.reason).toBe("wip_below_minimum");
  });

  it("refuses above the scheme's 500.00 EUR, whatever the merchant maximum says", () => {
    expect(check(50_001, 1_000_000)).toMatchObject({ reason: "wip_above_scheme_max", field: "amount", message: expect.stringContaining("500.00 EUR") });
  });

  it("refuses above the merchant's maximum", () => {
    expect(check(25_001, 25_000)).toMatchObject({ reason: "wip_above_merchant_max", message: expect.stringContaining("250.00 EUR") });
  });

  it("refuses fractions of a cent and other currencies", () => {
    expect(check(10.5)?.reason).toBe("wip_amount_not_integer");
    expect(check(100, WIP_SCHEME_MAX, "USD")).toMatchObject({ reason: "wip_currency_not_supported", field: "currency" });
  });

  it("throws a typed error naming the field and the reason", () => {
    const error = (() => {
      try {
        assertWipCharge({ amount: 30_000, currency: "EUR", merchantMax: 20_000 });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WipRefusedError);
    expect(error).toMatchObject({ reason: "wip_above_merchant_max", status: 400, fields: [{ field: "amount" }] });
    expect(() => assertWipCharge({ amount: 20_000, currency: "EUR", merchantMax: 20_000 })).not.toThrow();
  });
});

describe("WIP Maximum Merchant Amount", () => {
  it("is the scheme maximum when unset, and never above it", () => {
    expect(merchantWipMax({ wipMaxAmount: null })).toBe(50_000);
    expect(merchantWipMax({ wipMaxAmount: 12_000 })).toBe(12_000);
    expect(merchantWipMax({ wipMaxAmount: 90_000 })).toBe(50_000);
  });

  it("accepts 1 to 50000 cents only", () => {
    expect(WipMaxAmountSchema.safeParse(1).success).toBe(true);
    expect(WipMaxAmountSchema.safeParse(50_000).success).toBe(true);
    expect(WipMaxAmountSchema.safeParse(0).success).toBe(false);
    expect(WipMaxAmountSchema.safeParse(50_001).success).toBe(false);
    expect(WipMaxAmountSchema.safeParse(100.5).success).toBe(false);
  });
});

describe("no split payments", () => {
  const split = (amount: number, orderTotal: number, cardWindowTotal: number, scheduled = false) => checkWipSplit({ amount, merchantMax: 25_000, orderTotal, cardWindowTotal, scheduled });

  it("allows charges that reach the maximum exactly", () => {
    expect(split(10_000, 15_000, 0)).toBeNull();
    expect(split(10_000, 0, 15_000)).toBeNull();
  });

  it("refuses a charge that takes one order above the maximum", () => {
    expect(split(10_001, 15_000, 0)).toMatchObject({ reason: "wip_split_payment", message: expect.stringContaining("this order") });
    expect(split(10_001, 15_000, 0, true)?.reason).toBe("wip_split_payment");
  });

  it("refuses an unscheduled charge that takes one card's 24 hours above the maximum", () => {
    expect(split(10_001, 0, 15_000)).toMatchObject({ reason: "wip_split_payment", message: expect.stringContaining("within 24 hours") });
  });

  it("does not count a schedule's charge in the card's 24-hour window", () => {
    expect(split(10_001, 0, 15_000, true)).toBeNull();
  });
});

describe("PPRO agreement terms", () => {
  it("binds a one-off payment to exactly its amount, whatever its size", () => {
    expect(agreementTerms({ initialAmount: 75_000, linkCard: false, merchantMax: 25_000 })).toEqual({ ok: true, terms: { amount: 75_000, amountType: "EXACT" } });
  });

  it("lets a linked card be charged up to the merchant maximum", () => {
    expect(agreementTerms({ initialAmount: 2_500, linkCard: true, merchantMax: 25_000 })).toEqual({ ok: true, terms: { amount: 25_000, amountType: "MAX" } });
    expect(agreementTerms({ initialAmount: 25_000, linkCard: true, merchantMax: 25_000 })).toMatchObject({ ok: true });
  });

  it("refuses link and pay whose initial charge is above the merchant maximum", () => {
    expect(agreementTerms({ initialAmount: 25_001, linkCard: true, merchantMax: 25_000 })).toMatchObject({ ok: false, refusal: { reason: "wip_initial_above_merchant_max", field: "amount" } });
    expect(agreementTerms({ initialAmount: 60_000, linkCard: true, merchantMax: 90_000 })).toMatchObject({ ok: false });
  });

  it("checks link and pay on PPRO agreements only: legacy link and pay is a regular bcmc payment", () => {
    expect(checkLinkAndPay("ppro", 30_000, 25_000)?.reason).toBe("wip_initial_above_merchant_max");
    expect(checkLinkAndPay("ppro", 25_000, 25_000)).toBeNull();
    expect(checkLinkAndPay("ppro-legacy", 75_000, 25_000)).toBeNull();
  });
});
