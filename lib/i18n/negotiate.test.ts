import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";
import { fill } from "./format";
import en from "./messages/en";
import nl from "./messages/nl";
import fr from "./messages/fr";
import de from "./messages/de";

describe("language choice", () => {
  it("prefers the switcher's cookie, then the browser's languages", () => {
    expect(negotiateLocale("de", "fr-BE,fr;q=0.9")).toBe("de");
    expect(negotiateLocale(undefined, "fr-BE,fr;q=0.9,en;q=0.5")).toBe("fr");
    expect(negotiateLocale(undefined, "nl-BE")).toBe("nl");
    expect(negotiateLocale(undefined, "es-ES,de;q=0.4")).toBe("de");
    expect(negotiateLocale("xx", "ja")).toBe("en");
    expect(negotiateLocale(undefined, null)).toBe("en");
  });

  it("fills placeholders", () => {
    expect(fill("Pay {merchant}", { merchant: "Maison Praline" })).toBe("Pay Maison Praline");
  });

  it("has every message in every language, with the same placeholders", () => {
    const walk = (o: object, prefix = ""): [string, string][] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : walk(v as object, `${prefix}${k}.`)));
    const reference = new Map(walk(en));
    for (const messages of [nl, fr, de]) {
      const entries = new Map(walk(messages));
      expect([...entries.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [k, v] of entries) {
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(v), k).toEqual(placeholders(reference.get(k)!));
      }
    }
  });
});
