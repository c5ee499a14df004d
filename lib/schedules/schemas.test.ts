import { describe, expect, it } from "vitest";
import { CardChargeSchema } from "./schemas";

const base = { amount: 1500, currency: "EUR", description: "Monthly box", reference: "SUB-1" };
const fields = (value: unknown) => {
  const r = CardChargeSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("a merchant's charge on a linked card", () => {
  it("accepts once, monthly and 2 to 60 instalments", () => {
    expect(fields(base)).toEqual([]);
    expect(fields({ ...base, schedule: { type: "monthly" } })).toEqual([]);
    expect(fields({ ...base, schedule: { type: "instalments", count: 2 } })).toEqual([]);
    expect(fields({ ...base, schedule: { type: "instalments", count: 60 } })).toEqual([]);
  });
  it("refuses amounts that are not whole positive cents, and other currencies", () => {
    expect(fields({ ...base, amount: 12.5 })).toEqual(["amount"]);
    expect(fields({ ...base, amount: 0 })).toEqual(["amount"]);
    expect(fields({ ...base, amount: "1500" })).toEqual(["amount"]);
    expect(fields({ ...base, currency: "USD" })).toEqual(["currency"]);
  });
  it("refuses instalment counts outside 2..60 and unknown schedule types", () => {
    expect(fields({ ...base, schedule: { type: "instalments", count: 1 } })).toEqual(["schedule.count"]);
    expect(fields({ ...base, schedule: { type: "instalments", count: 61 } })).toEqual(["schedule.count"]);
    expect(fields({ ...base, schedule: { type: "instalments" } })).toEqual(["schedule.count"]);
    expect(fields({ ...base, schedule: { type: "weekly" } })).toEqual(["schedule.type"]);
  });
  it("requires a description and a reference short enough for its charges' order references", () => {
    expect(fields({ ...base, description: " " })).toEqual(["description"]);
    expect(fields({ ...base, reference: "x".repeat(91) })).toEqual(["reference"]);
    expect(fields({ ...base, extra: 1 })).toEqual([""]);
  });
});
