import { describe, expect, it } from "vitest";
import { centsToDecimalString, formatMoney, parseDecimalToCents } from "./money";

describe("money", () => {
  it("formats cents per locale", () => {
    expect(formatMoney(123456, "EUR", "en")).toBe("€1,234.56");
    expect(formatMoney(123456, "EUR", "nl").replace(/\s/g, " ")).toBe("€ 1.234,56");
    expect(formatMoney(123456, "EUR", "fr").replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatMoney(123456, "EUR", "de").replace(/\s/g, " ")).toBe("1.234,56 €");
  });

  it("parses decimal strings without floating point", () => {
    expect(parseDecimalToCents("0.29")).toBe(29);
    expect(parseDecimalToCents("12,5")).toBe(1250);
    expect(parseDecimalToCents("1.005")).toBeNull();
    expect(parseDecimalToCents("abc")).toBeNull();
    expect(centsToDecimalString(1500)).toBe("15.00");
    expect(centsToDecimalString(7)).toBe("0.07");
  });
});
