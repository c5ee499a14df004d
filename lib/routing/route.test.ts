import { describe, expect, it } from "vitest";
import { ProviderError } from "../providers/types";
import { PROVIDER_IDS } from "../payments/providers";
import { candidates, fallbackReason, linkingRoute, paymentRoute, sameKindAsFirst, shouldFallBack } from "./route";
import { applyMove, routeFromForm, routeRows } from "./settings";

const ALL = PROVIDER_IDS;
const merchant = { enabledProviders: ["worldpay", "bancontact", "wooshpay", "nope", "worldpay"], linkingRoute: ["ppro-legacy", "wooshpay", "ppro"] };

describe("routes", () => {
  it("keep the merchant's order, drop unknown and repeated ids, and what the install cannot reach", () => {
    expect(paymentRoute(merchant, ALL)).toEqual(["worldpay", "bancontact", "wooshpay"]);
    expect(paymentRoute(merchant, ["wooshpay", "bancontact"])).toEqual(["bancontact", "wooshpay"]);
  });
  it("link cards only through providers that can", () => {
    expect(linkingRoute(merchant, ALL)).toEqual(["ppro-legacy", "ppro"]);
  });
  it("narrow to the providers that accept the amount, the WIP rules and the bank page", () => {
    const q = { amount: 3345, currency: "EUR", linkCard: false, wipMax: 25_000 };
    expect(candidates(merchant, ALL, q)).toEqual(["worldpay", "bancontact", "wooshpay"]);
    expect(candidates(merchant, ALL, { ...q, bankPage: true })).toEqual(["worldpay", "wooshpay"]);
    expect(candidates(merchant, ALL, { ...q, linkCard: true })).toEqual(["ppro-legacy", "ppro"]);
    // Above the merchant's WIP maximum PPRO's agreements cannot link; the legacy API is bounded by the scheme only.
    expect(candidates(merchant, ALL, { ...q, linkCard: true, amount: 30_000 })).toEqual(["ppro-legacy"]);
  });
});

describe("fallback", () => {
  it("happens when the provider is down (5xx, time-out, unreachable), not when it refuses", () => {
    expect(shouldFallBack(new ProviderError("wooshpay", "unavailable", "WooshPay answered 503", { httpStatus: 503 }))).toBe(true);
    expect(shouldFallBack(new ProviderError("wooshpay", "unavailable", "The operation was aborted due to timeout"))).toBe(true);
    expect(shouldFallBack(new ProviderError("wooshpay", "rejected", "amount too large", { httpStatus: 400 }))).toBe(false);
    expect(shouldFallBack(new ProviderError("wooshpay", "bad_response", "unexpected"))).toBe(false);
    expect(shouldFallBack(new Error("boom"))).toBe(false);
  });
  it("names the provider and how it failed", () => {
    expect(fallbackReason(new ProviderError("wooshpay", "unavailable", "x", { httpStatus: 503 }))).toBe("wooshpay answered HTTP 503");
    expect(fallbackReason(new ProviderError("ppro", "unavailable", "PPRO could not be reached: The operation was aborted due to timeout"))).toBe("ppro timed out");
    expect(fallbackReason(new ProviderError("ppro", "unavailable", "PPRO could not be reached: fetch failed"))).toBe("ppro could not be reached");
  });
});

describe("routing settings", () => {
  const form = { route: "payment" as const, order: ["bancontact", "wooshpay", "worldpay"] as const, use: ["bancontact", "wooshpay", "worldpay"] as const };
  it("save exactly the order shown, whatever the product's own order", () => {
    expect(routeFromForm({ ...form, order: [...form.order], use: [...form.use] }, ALL)).toEqual({ route: ["bancontact", "wooshpay", "worldpay"] });
    expect(routeFromForm({ ...form, order: ["worldpay", "wooshpay", "bancontact"], use: ["wooshpay", "worldpay"] }, ALL)).toEqual({ route: ["worldpay", "wooshpay"] });
  });
  it("apply a move before saving; a move off either end changes nothing", () => {
    expect(applyMove(["a", "b", "c"] as never, { dir: "up", id: "c" })).toEqual(["a", "c", "b"]);
    expect(applyMove(["a", "b", "c"] as never, { dir: "down", id: "a" })).toEqual(["b", "a", "c"]);
    expect(applyMove(["a", "b"] as never, { dir: "up", id: "a" })).toEqual(["a", "b"]);
    expect(applyMove(["a", "b"] as never, { dir: "down", id: "b" })).toEqual(["a", "b"]);
    expect(routeFromForm({ ...form, order: [...form.order], use: [...form.use], move: { dir: "up", id: "worldpay" } }, ALL)).toEqual({ route: ["bancontact", "worldpay", "wooshpay"] });
  });
  it("refuse an empty payment route, a provider the install cannot reach, a linking route with one that cannot link", () => {
    expect(routeFromForm({ ...form, order: [...form.order], use: [] }, ALL)).toEqual({ error: "none_used" });
    expect(routeFromForm({ ...form, order: [...form.order], use: ["worldpay"] }, ["bancontact"])).toEqual({ error: "not_available" });
    expect(routeFromForm({ route: "linking", order: ["ppro", "wooshpay"], use: ["wooshpay"] }, ALL)).toEqual({ error: "not_linking" });
    expect(routeFromForm({ route: "linking", order: ["ppro"], use: [] }, ALL)).toEqual({ route: [] });
  });
  it("list the route first, in order, then the providers not in use", () => {
    expect(routeRows(["worldpay", "bancontact"], ["bancontact", "wooshpay", "worldpay"])).toEqual([
      { id: "worldpay", used: true },
      { id: "bancontact", used: true },
      { id: "wooshpay", used: false },
    ]);
  });

  it("never falls back from a live provider to a simulated one, nor the other way", () => {
    const modes = { ppro: "live", wooshpay: "sandbox", worldpay: "live", bancontact: "sandbox" } as const;
    expect(sameKindAsFirst(["ppro", "wooshpay", "worldpay"], modes)).toEqual(["ppro", "worldpay"]);
    expect(sameKindAsFirst(["wooshpay", "ppro", "bancontact"], modes)).toEqual(["wooshpay", "bancontact"]);
    expect(sameKindAsFirst([], modes)).toEqual([]);
  });
});
