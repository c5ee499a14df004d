import { describe, expect, it } from "vitest";
import { BrandSchema } from "./brand";

describe("BrandSchema", () => {
  const ok = { name: " Chocolaterie Nord ", address: "Grand-Place 1, 1000 Brussels", logoUrl: "" };
  it("trims and accepts no logo", () => {
    expect(BrandSchema.parse(ok)).toEqual({ ...ok, name: "Chocolaterie Nord" });
  });
  it("accepts an https logo only", () => {
    expect(BrandSchema.safeParse({ ...ok, logoUrl: "https://cdn.nord.example/logo.png" }).success).toBe(true);
    for (const bad of ["http://cdn.nord.example/logo.png", "javascript:alert(1)", "data:image/png;base64,AAAA", "https://", "//cdn.example/x.png"]) {
      expect(BrandSchema.safeParse({ ...ok, logoUrl: bad }).success, bad).toBe(false);
    }
  });
  it("refuses an empty name or address", () => {
    expect(BrandSchema.safeParse({ ...ok, name: "  " }).success).toBe(false);
    expect(BrandSchema.safeParse({ ...ok, address: "" }).success).toBe(false);
  });
});
