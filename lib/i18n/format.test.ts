import { describe, expect, it } from "vitest";
import { fill, formatDate, formatDateTime, formatEuros, labelled } from "./format";
import { LOCALES } from "./locales";
import { formatMoney } from "../payments/money";

const NNBSP = "\u202f";
const NBSP = "\u00a0";
// 21:30 in Brussels (UTC+1 in November); 23:30 UTC is already the next day there.
const evening = new Date("2026-11-22T20:30:00Z");
const lateUtc = new Date("2026-11-22T23:30:00Z");

describe("one date and amount format per language", () => {
  it.each([
    ["en", "22 Nov 2026", "22 Nov 2026, 21:30", "€1,234.50"],
    ["nl", "22 nov 2026", "22 nov 2026, 21:30", `€${NBSP}1.234,50`],
    ["fr", "22 nov. 2026", "22 nov. 2026, 21:30", `1${NNBSP}234,50${NBSP}€`],
    ["de", "22.11.2026", "22.11.2026, 21:30", `1.234,50${NBSP}€`],
  ] as const)("%s: %s, %s, %s", (locale, day, moment, amount) => {
    expect(formatDate(evening, locale)).toBe(day);
    expect(formatDateTime(evening, locale)).toBe(moment);
    expect(formatEuros(123450, locale)).toBe(amount);
    expect(formatMoney(123450, "EUR", locale)).toBe(amount);
  });

  it.each(LOCALES)("%s counts days in Brussels, not UTC", (locale) => {
    expect(formatDate(lateUtc, locale)).toBe(formatDate(new Date("2026-11-23T12:00:00Z"), locale));
  });

  it.each(LOCALES)("%s never writes a month as a number before the day (no 11/22/2026)", (locale) => {
    expect(formatDate(evening, locale)).not.toMatch(/\b11\D22\b/);
  });
});

describe("fill", () => {
  it("fills known placeholders and leaves unknown ones", () => {
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});

describe("labelled", () => {
  it("puts French's narrow no-break space before the colon, and no space elsewhere", () => {
    expect(labelled("Montant", "12,50 €", "fr")).toBe("Montant\u202f: 12,50 €");
    expect(labelled("Amount", "€12.50", "en")).toBe("Amount: €12.50");
    expect(labelled("Betrag", "12,50 €", "de")).toBe("Betrag: 12,50 €");
  });
});
