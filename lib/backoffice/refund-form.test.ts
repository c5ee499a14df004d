import { describe, expect, it } from "vitest";
import { parseRefundForm, refundRules } from "./refund-form";

const form = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};

describe("refund form", () => {
  it("reads euros as cents, empty as everything left", () => {
    expect(parseRefundForm(form({ paymentId: "pay_x", amount: "12,50", reason: " damaged " }))).toEqual({ ok: true, paymentId: "pay_x", amount: 1250, reason: "damaged" });
    expect(parseRefundForm(form({ paymentId: "pay_x", amount: "", reason: "" }))).toEqual({ ok: true, paymentId: "pay_x", amount: undefined, reason: undefined });
  });
  it("names the bad field", () => {
    expect(parseRefundForm(form({ paymentId: "pay_x", amount: "-3" }))).toEqual({ ok: false, fields: ["amount"] });
    expect(parseRefundForm(form({ paymentId: "pay_x", amount: "0" }))).toEqual({ ok: false, fields: ["amount"] });
    expect(parseRefundForm(form({ paymentId: "pay_x", amount: "1", reason: "x".repeat(256) }))).toEqual({ ok: false, fields: ["reason"] });
    expect(parseRefundForm(form({ paymentId: "../x", amount: "1" }))).toEqual({ ok: false, fields: ["paymentId"] });
  });
  it("states each provider's rules", () => {
    expect(refundRules("wooshpay").rules).toEqual(["one-refund"]);
    expect(refundRules("worldpay")).toEqual({ rules: ["several", "max-single", "window"], maxSingleRefund: 300_000, windowDays: 180 });
  });
});
