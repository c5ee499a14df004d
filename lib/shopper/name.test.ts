import { describe, expect, it } from "vitest";
import { needsShopperName, ShopperNameSchema } from "./name";

const parse = (v: unknown) => ShopperNameSchema.safeParse(v);

describe("ShopperNameSchema", () => {
  it("accepts real names, accents and other scripts included, trimmed", () => {
    expect(parse("  Ernestine Bartoletti ").data).toBe("Ernestine Bartoletti");
    expect(parse("Élodie Van den Brande-Müller").data).toBe("Élodie Van den Brande-Müller");
    expect(parse("Seán O’Brien").data).toBe("Seán O’Brien");
    expect(parse("D'Artagnan J. R.").data).toBe("D'Artagnan J. R.");
    expect(parse("Zoë  Łukasiewicz").data).toBe("Zoë Łukasiewicz");
    expect(parse("Ana").success).toBe(true);
    expect(parse("Иван Петров").success).toBe(true);
  });

  it("joins a letter and its combining accent into one character", () => {
    expect(parse("Jose\u0301 Garci\u0301a").data).toBe("José García");
  });

  it("refuses emoji, control characters, digits and symbols", () => {
    for (const bad of ["Tom 😀 Hans", "Tom\u0000Hans", "Tom\nHans", "Tom\tHans", "Tom\u202eHans", "R2 D2", "tom@example.com", "<b>Tom</b>", "-Tom", "'Tom"]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses too short, too long, blank and missing", () => {
    expect(parse("A").success).toBe(false);
    expect(parse("   ").success).toBe(false);
    expect(parse(" A ").success).toBe(false);
    expect(parse("A".repeat(101)).success).toBe(false);
    expect(parse("A".repeat(100)).success).toBe(true);
    expect(parse(undefined).success).toBe(false);
    expect(parse(42).success).toBe(false);
  });

  it("names the rule broken", () => {
    expect(parse("Tom 😀").error?.issues[0]?.message).toBe("may hold only letters, spaces, apostrophes, hyphens and dots");
    expect(parse("A").error?.issues[0]?.message).toBe("must be at least 2 characters");
  });
});

describe("needsShopperName", () => {
  it("is true for the providers whose requests carry the name", () => {
    expect(needsShopperName("ppro")).toBe(true);
    expect(needsShopperName("ppro-legacy")).toBe(true);
    expect(needsShopperName("wooshpay")).toBe(true);
    expect(needsShopperName("worldpay")).toBe(false);
    expect(needsShopperName("bancontact")).toBe(false);
  });
});
