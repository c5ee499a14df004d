import { describe, expect, it } from "vitest";
import { WipMaxFormSchema } from "./wip-settings";

const parse = (wipMaxAmount: string) => WipMaxFormSchema.safeParse({ wipMaxAmount });

describe("WIP maximum form", () => {
  it("turns euros into cents without floating point", () => {
    expect(parse("250")).toMatchObject({ success: true, data: { wipMaxAmount: 25_000 } });
    expect(parse("0,01")).toMatchObject({ success: true, data: { wipMaxAmount: 1 } });
    expect(parse("500.00")).toMatchObject({ success: true, data: { wipMaxAmount: 50_000 } });
  });

  it("refuses zero, more than the scheme's 500.00 EUR and what is not an amount, naming the field", () => {
    for (const bad of ["0", "500.01", "1000", "abc", "", "12.345"]) {
      const r = parse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.path[0]).toBe("wipMaxAmount");
    }
  });
});
