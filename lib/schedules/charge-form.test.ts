import { describe, expect, it } from "vitest";
import { parseChargeForm } from "./charge-form";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries({ cardId: "card_1", amount: "12,50", description: "Box", reference: "SUB-1", repeat: "once", ...fields })) f.set(k, v);
  return f;
};

describe("the dashboard's charge form", () => {
  it("turns euros into cents and the repeat choice into a schedule", () => {
    expect(parseChargeForm(form({}))).toEqual({ ok: true, cardId: "card_1", input: { amount: 1250, currency: "EUR", description: "Box", reference: "SUB-1" } });
    expect(parseChargeForm(form({ amount: "9.9", repeat: "monthly" }))).toMatchObject({ ok: true, input: { amount: 990, schedule: { type: "monthly" } } });
    expect(parseChargeForm(form({ repeat: "instalments", count: "12" }))).toMatchObject({ ok: true, input: { schedule: { type: "instalments", count: 12 } } });
  });
  it("names the fields it refuses", () => {
    expect(parseChargeForm(form({ amount: "12.505" }))).toEqual({ ok: false, fields: ["amount"] });
    expect(parseChargeForm(form({ amount: "0" }))).toEqual({ ok: false, fields: ["amount"] });
    expect(parseChargeForm(form({ repeat: "instalments", count: "1" }))).toEqual({ ok: false, fields: ["count"] });
    expect(parseChargeForm(form({ repeat: "instalments", count: "" }))).toEqual({ ok: false, fields: ["count"] });
    expect(parseChargeForm(form({ description: "", reference: "" }))).toEqual({ ok: false, fields: ["description", "reference"] });
  });
});
