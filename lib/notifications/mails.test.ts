import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { cardExpiryMail, chargePaidMail, linkExpiryMail, mailLocale, waitingChargeMail } from "./mails";
import { notificationTexts } from "./texts";

const base = { to: "ann@example.com", appUrl: "https://pay.example", merchant: "Chocolaterie Test", card: { bin: "670999", last4: "1234" } };
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("mails about linked cards, in the cardholder's language", () => {
  it.each(LOCALES)("%s: every text has the same placeholders as English", (locale) => {
    const en = notificationTexts("en");
    const t = notificationTexts(locale);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(t[key]), key).toEqual(placeholders(en[key]));
      expect(t[key].length, key).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)("%s: the four mails are filled, with nothing left in braces", (locale) => {
    const at = new Date("2026-03-14T10:00:00Z");
    const mails = [
      waitingChargeMail({ ...base, locale, amount: 1999, description: "Monthly box", paymentId: "pay_abcdefghijklmnopqrst" }),
      chargePaidMail({ ...base, locale, amount: 1999, description: "Monthly box", at }),
      cardExpiryMail({ ...base, locale, expiry: "2026-05" }),
      linkExpiryMail({ ...base, locale, endsAt: at }),
    ];
    for (const m of mails) {
      expect(m.to).toBe("ann@example.com");
      expect(`${m.subject}\n${m.text}`).not.toMatch(/[{}]/);
      expect(m.text).toContain("Chocolaterie Test");
      expect(m.text).toContain("https://pay.example/account/cards");
    }
    const [waiting, paid, card, link] = mails;
    expect(waiting!.text).toContain("https://pay.example/account/charges/pay_abcdefghijklmnopqrst");
    expect(waiting!.text).toMatch(/19[,.]99/);
    expect(paid!.text).toMatch(/19[,.]99/);
    expect(paid!.text).toContain("Monthly box");
    expect(paid!.text).toContain("670999XXXXXX1234");
    expect(paid!.text).toContain("2026");
    expect(card!.text).toContain("2026-05");
    expect(link!.text).toContain("14");
  });

  it("writes in each language's own words, and falls back to English", () => {
    const subjects = LOCALES.map((locale) => chargePaidMail({ ...base, locale, amount: 500, description: "x", at: new Date() }).subject);
    expect(new Set(subjects).size).toBe(4);
    expect(mailLocale("fr")).toBe("fr");
    expect(mailLocale(null)).toBe("en");
    expect(mailLocale("es")).toBe("en");
  });

  it("names a card without a number (PPRO agreements) in words", () => {
    const m = chargePaidMail({ ...base, card: { bin: "", last4: "" }, locale: "nl", amount: 500, description: "x", at: new Date() });
    expect(m.text).toContain("Bancontact-kaart");
    expect(m.text).not.toContain("XXXXXX");
  });
});
