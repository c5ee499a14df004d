import { describe, expect, it } from "vitest";
import type { CardholderLinks } from "../links/urls";
import { receiptMail } from "./receipt-mail";
import type { ReceiptFacts } from "./receipt-data";

const facts: ReceiptFacts = {
  paymentId: "pay_abcdefghijklmnopqrst",
  providerPaymentId: null,
  merchant: { name: "Maison Praline", address: "Rue du Chocolat 1, 1000 Brussels" },
  paidAt: new Date("2026-01-15T14:05:00Z"),
  amount: 2345,
  description: "2 × Pralines, 1 × Speculoos",
  merchantReference: "ORDER-7",
  initiation: "checkout",
  card: null,
  schedule: null,
  refunds: [],
  refundable: 2345,
  canStop: false,
  items: [
    { name: "Pralines <250 g>", quantity: 2, unitAmount: 1000 },
    { name: "Speculoos", quantity: 1, unitAmount: 345 },
  ],
};
const links = { receipt: "https://x/r", refund: "https://x/f", dispute: "https://x/d", stop: "https://x/s", requests: "https://x/q" } as CardholderLinks;

describe("receipt mail items", () => {
  it("lists the order lines in the text and the HTML part, escaped, in the reader's language", () => {
    const mail = receiptMail(facts, links, { to: "a@example.com", locale: "de", appUrl: "https://x" });
    expect(mail.text.replace(/\u00a0/g, " ")).toContain("Artikel\n2 × Pralines <250 g>: 20,00 € (10,00 € pro Stück)\n1 × Speculoos: 3,45 € (3,45 € pro Stück)\nGesamt: 23,45 €");
    expect(mail.html).toContain("2 × Pralines &lt;250 g&gt;");
    expect(mail.html).toContain("Gesamt");
  });

  it("has no items section without order lines", () => {
    const mail = receiptMail({ ...facts, items: null }, links, { to: "a@example.com", locale: "en", appUrl: "https://x" });
    expect(mail.text).not.toContain("Items");
  });
});
