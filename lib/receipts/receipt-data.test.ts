import { describe, expect, it } from "vitest";
import { initiatedBy, methodLabel, receiptData, type ReceiptFacts } from "./receipt-data";

const base: ReceiptFacts = {
  paymentId: "pay_abcdefghijklmnopqrst",
  providerPaymentId: "wp_123",
  merchant: { name: "Maison Praline", address: "Rue du Chocolat 1, 1000 Brussels" },
  // 14:05 UTC is 15:05 in Brussels in winter.
  paidAt: new Date("2026-01-15T14:05:00Z"),
  amount: 2345,
  description: "Box of 24 pralines",
  merchantReference: "ORDER-7",
  initiation: "checkout",
  card: null,
  schedule: null,
  refunds: [],
  refundable: 2345,
  canStop: false,
};
const value = (f: ReceiptFacts, label: string, locale: "en" | "nl" | "fr" | "de" = "en") => receiptData(f, locale).lines.find((l) => l.label === label)?.value;

describe("receipt data", () => {
  it("carries the mandatory transaction data, dated in Brussels", () => {
    const r = receiptData(base, "en");
    expect(r.lines.map((l) => l.value)).toEqual([
      "Maison Praline",
      "Rue du Chocolat 1, 1000 Brussels",
      "15 Jan 2026, 15:05",
      "€23.45",
      "Box of 24 pralines",
      "Bancontact",
      "pay_abcdefghijklmnopqrst",
      "wp_123",
      "ORDER-7",
      "You, at checkout",
    ]);
  });

  it("writes amounts and dates the reader's way", () => {
    expect(value(base, "Betrag", "de")).toMatch(/^23,45\s€$/);
    expect(value(base, "Datum et heure", "fr")).toBeUndefined();
    expect(value(base, "Date et heure", "fr")).toMatch(/^15 janv\. 2026, 15:05$/);
    expect(value(base, "Datum en tijd", "nl")).toMatch(/^15 jan 2026, 15:05$/);
  });

  it("says the provider's reference is not known rather than leaving it out", () => {
    expect(value({ ...base, providerPaymentId: null }, "Provider's reference")).toBe("not known");
  });

  it("masks the card, and names only the method when the card is not known", () => {
    expect(methodLabel({ bin: "670999", last4: "4321" })).toBe("Bancontact 670999XXXXXX4321");
    expect(methodLabel({ bin: "", last4: "" })).toBe("Bancontact");
    expect(methodLabel(null)).toBe("Bancontact");
  });

  it("names who initiated it: checkout, one click, the merchant once, monthly, instalment n of N", () => {
    expect(initiatedBy(base, "en")).toBe("You, at checkout");
    expect(initiatedBy({ ...base, initiation: "consumer" }, "en")).toBe("You, in one click with your saved card");
    expect(initiatedBy({ ...base, initiation: "merchant" }, "en")).toBe("Maison Praline, once, on your saved card");
    const monthly = { kind: "monthly", description: "Monthly pralines", instalments: null, number: 4 };
    expect(initiatedBy({ ...base, initiation: "merchant", schedule: monthly }, "en")).toBe("Maison Praline, monthly schedule: Monthly pralines");
    const instalments = { kind: "instalments", description: "Chocolate fountain", instalments: 3, number: 2 };
    expect(initiatedBy({ ...base, initiation: "merchant", schedule: instalments }, "en")).toBe("Maison Praline, instalment 2 of 3: Chocolate fountain");
    expect(initiatedBy({ ...base, initiation: "merchant", schedule: instalments }, "de")).toBe("Maison Praline, Rate 2 von 3: Chocolate fountain");
  });

  it("lists the refunds with their state", () => {
    const r = receiptData({ ...base, refunds: [{ amount: 500, status: "SUCCEEDED", at: new Date("2026-01-20T10:00:00Z") }, { amount: 100, status: "PENDING", at: new Date("2026-01-21T10:00:00Z") }] }, "en");
    expect(r.refunds).toEqual(["€5.00 on 20 Jan 2026: refunded", "€1.00 on 21 Jan 2026: in progress"]);
  });
});

describe("receipt items", () => {
  it("lists the order lines with quantity, line total and unit price, then the total", () => {
    const items = [
      { name: "Pralines", quantity: 2, unitAmount: 1000 },
      { name: "Speculoos", quantity: 1, unitAmount: 345 },
    ];
    expect(receiptData({ ...base, items }, "en").items).toEqual([
      { label: "2 × Pralines", value: "€20.00 (€10.00 each)" },
      { label: "1 × Speculoos", value: "€3.45 (€3.45 each)" },
      { label: "Total", value: "€23.45" },
    ]);
    expect(receiptData({ ...base, items }, "nl").items[0]?.value).toMatch(/20,00 \(€\s10,00 per stuk\)$/);
    expect(receiptData(base, "en").items).toEqual([]);
  });
});
