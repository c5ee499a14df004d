// Every catalog of shopper, cardholder, staff and mail text: Dutch, French and German have exactly
// English's keys, no empty string, the same {placeholders}, and French has its typography.
import { describe, expect, it } from "vitest";
import { backOfficeMessages } from "../backoffice/messages";
import { LEGACY_PPRO_NAMES } from "../payments/providers";
import { notificationTexts } from "../notifications/texts";
import { receiptTexts } from "../receipts/texts";
import { WORDS as outcomeMailWords } from "../requests/answer-mail";
import { sandboxTexts } from "../sandboxes/texts";
import { LOCALES, type Locale } from "./locales";
import { messagesFor } from "./server";
import { frenchTypographyErrors } from "./typography";

const CATALOGS: Record<string, (l: Locale) => unknown> = {
  "lib/i18n/messages": messagesFor,
  "lib/backoffice/messages": backOfficeMessages,
  "lib/receipts/texts": receiptTexts,
  "lib/notifications/texts": notificationTexts,
  "lib/requests/answer-mail": (l) => outcomeMailWords[l],
  "lib/sandboxes/texts": sandboxTexts,
  "lib/payments/providers (legacy PPRO)": (l) => ({ name: LEGACY_PPRO_NAMES[l] }),
};

/** Every string of a catalog by its dotted path. */
function flatten(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each(Object.entries(CATALOGS))("%s", (_name, catalog) => {
  const en = flatten(catalog("en"));

  it("has strings in English", () => {
    expect(en.size).toBeGreaterThan(0);
    for (const [path, v] of en) expect(typeof v, path).toBe("string");
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly English's keys, none empty, with English's placeholders", (locale) => {
    const other = flatten(catalog(locale));
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, v] of other) {
      expect(typeof v === "string" && v.trim().length > 0, `${locale} ${path} is empty`).toBe(true);
      expect(placeholders(v as string), `${locale} ${path}`).toEqual(placeholders(en.get(path) as string));
    }
  });

  it("French puts a narrow no-break space before ; : ! ? », after «, and nowhere a plain one", () => {
    const errors = [...flatten(catalog("fr"))].flatMap(([path, v]) => frenchTypographyErrors(v as string).map((e) => `${path}: ${e}`));
    expect(errors).toEqual([]);
  });
});

describe("the typography check itself", () => {
  it.each([
    ["Statut : {status}", 1],
    ["Statut: {status}", 1],
    ["Merci !", 1],
    ["« Bonjour »", 2],
    ["Vraiment\u202f?", 0],
    ["«\u202fBonjour\u202f»", 0],
    ["Ouvrez https://example.com/a?b=c à 12:30\u202f; voilà", 0],
    ["Lien\u202f: {url}", 0],
    ["{amount}: ok", 1],
  ])("%s has %i error(s)", (text, count) => {
    expect(frenchTypographyErrors(text)).toHaveLength(count);
  });
});
