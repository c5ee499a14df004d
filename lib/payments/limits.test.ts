import { describe, expect, it } from "vitest";
import { checkPaymentLimits, providersAccepting } from "./limits";

describe("provider limits", () => {
  it("WooshPay: EUR only, at least 1 cent, no maximum", () => {
    expect(checkPaymentLimits("wooshpay", 1, "EUR")).toBeNull();
    expect(checkPaymentLimits("wooshpay", 0, "EUR")?.code).toBe("amount_too_small");
    expect(checkPaymentLimits("wooshpay", 1_000_000_00, "EUR")).toBeNull();
    expect(checkPaymentLimits("wooshpay", 100, "USD")?.field).toBe("currency");
  });

  it("Worldpay: 0.02 to 5,000 EUR, 1,500 EUR in the app flow", () => {
    expect(checkPaymentLimits("worldpay", 1, "EUR")?.code).toBe("amount_too_small");
    expect(checkPaymentLimits("worldpay", 2, "EUR")).toBeNull();
    expect(checkPaymentLimits("worldpay", 500_000, "EUR")).toBeNull();
    expect(checkPaymentLimits("worldpay", 500_001, "EUR")?.code).toBe("amount_too_large");
    expect(checkPaymentLimits("worldpay", 150_001, "EUR", { appFlow: true })?.code).toBe("amount_too_large");
  });

  it("PPRO legacy: no cap on one-off payments", () => {
    expect(checkPaymentLimits("ppro-legacy", 50_000, "EUR")).toBeNull();
    // One-off tag=bcmc payments are not capped by the WIP maximum (seed 002).
    expect(checkPaymentLimits("ppro-legacy", 50_001, "EUR")).toBeNull();
    expect(checkPaymentLimits("ppro-legacy", 2_500_000, "EUR")).toBeNull();
    expect(checkPaymentLimits("ppro-legacy", 0, "EUR")?.code).toBe("amount_too_small");
  });

  it("rejects fractional cents", () => {
    expect(checkPaymentLimits("wooshpay", 10.5, "EUR")?.code).toBe("amount_not_integer");
  });

  it("lists the providers that accept an amount", () => {
    expect(providersAccepting(["wooshpay", "worldpay"], 1, "EUR")).toEqual(["wooshpay"]);
  });
});
