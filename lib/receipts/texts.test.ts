import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { receiptTexts } from "./texts";

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("receipt and request texts", () => {
  it.each(LOCALES)("%s: every text exists, with the same placeholders as English", (locale) => {
    const en = receiptTexts("en");
    const t = receiptTexts(locale);
    expect(Object.keys(t).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(t[key]), key).toEqual(placeholders(en[key]));
      expect(t[key].trim().length, key).toBeGreaterThan(0);
    }
  });
});
