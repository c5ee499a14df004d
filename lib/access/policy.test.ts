import { describe, expect, it } from "vitest";
import { decide, type Capability, type Conditions } from "./policy";
import type { Principal } from "./principal";

const ON: Conditions = { sandboxes: true, devMailbox: true, demoShop: true, configuredProviders: ["wooshpay", "bancontact"], liveProviders: [] };
const OFF: Conditions = { sandboxes: false, devMailbox: false, demoShop: false, configuredProviders: ["wooshpay"], liveProviders: ["wooshpay"] };

const anonymous: Principal = { kind: "anonymous" };
const holder: Principal = { kind: "checkout-holder", checkoutId: "chk_a" };
const cardholder: Principal = { kind: "cardholder", id: "chd_1", email: "a@example.com" };
const staff: Principal = { kind: "staff", id: "stf_1", email: "s@example.com", merchantId: "mer_x" };
const apiKey: Principal = { kind: "api-key", keyId: "key_1", merchantId: "mer_x" };
const webhook: Principal = { kind: "webhook", provider: "bancontact" };
const sandbox: Principal = { kind: "sandbox-client" };
const everyone = [anonymous, holder, cardholder, staff, apiKey, webhook, sandbox];

/** The principals the capability is granted to, under the conditions. */
const granted = (c: Capability, conditions = ON) => everyone.filter((p) => decide(p, c, conditions).allowed).map((p) => p.kind);
const refusal = (p: Principal, c: Capability, conditions = ON) => {
  const d = decide(p, c, conditions);
  return d.allowed ? "allowed" : d.refusal;
};

describe("access policy", () => {
  it("lets a receipt's link in for its own purpose and payment only, and any signed-in cardholder on to the ownership check", () => {
    const link: Principal = { kind: "link-holder", paymentId: "pay_a", purpose: "refund" };
    expect(refusal(link, { to: "follow-payment", paymentId: "pay_a", purpose: "refund" })).toBe("allowed");
    expect(refusal(link, { to: "follow-payment", paymentId: "pay_a", purpose: "dispute" })).toBe("unauthorized");
    expect(refusal(link, { to: "follow-payment", paymentId: "pay_b", purpose: "refund" })).toBe("unauthorized");
    expect(granted({ to: "follow-payment", paymentId: "pay_a", purpose: "receipt" })).toEqual(["cardholder"]);
  });

  it("lets anyone browse the sign-in pages and the front page", () => {
    expect(granted({ to: "browse" })).toEqual(everyone.map((p) => p.kind));
    expect(granted({ to: "browse" }, OFF)).toEqual(everyone.map((p) => p.kind));
  });

  it("serves the demo shop to anyone with demo data on, and to nobody on a live install", () => {
    expect(granted({ to: "shop" })).toEqual(everyone.map((p) => p.kind));
    expect(granted({ to: "shop" }, OFF)).toEqual([]);
    expect(refusal(anonymous, { to: "shop" }, OFF)).toBe("not-found");
  });

  it("lets only the holder of that checkout pay it, and tells nobody else it exists", () => {
    expect(granted({ to: "pay", checkoutId: "chk_a" })).toEqual(["checkout-holder"]);
    expect(refusal(holder, { to: "pay", checkoutId: "chk_b" })).toBe("not-found");
    expect(refusal(staff, { to: "pay", checkoutId: "chk_a" })).toBe("not-found");
  });

  it("keeps the account to cardholders and the back office to staff; others sign in", () => {
    expect(granted({ to: "view-account" })).toEqual(["cardholder"]);
    expect(granted({ to: "run-back-office" })).toEqual(["staff"]);
    expect(refusal(cardholder, { to: "run-back-office" })).toBe("sign-in");
    expect(refusal(staff, { to: "view-account" })).toBe("sign-in");
  });

  it("lets only a signed-in cardholder own cards: a checkout holder (guest) is asked to sign in", () => {
    expect(granted({ to: "own-cards" })).toEqual(["cardholder"]);
    expect(refusal(holder, { to: "own-cards" })).toBe("sign-in");
    expect(refusal(staff, { to: "own-cards" })).toBe("sign-in");
  });

  it("keeps the merchant API to API keys: a session is not a key", () => {
    expect(granted({ to: "use-merchant-api" })).toEqual(["api-key"]);
    expect(refusal(staff, { to: "use-merchant-api" })).toBe("unauthorized");
  });

  it("takes a provider's webhook only at its own URL, and only when the provider is configured", () => {
    expect(granted({ to: "deliver-webhook", provider: "bancontact" })).toEqual(["webhook"]);
    expect(refusal({ kind: "webhook", provider: "wooshpay" }, { to: "deliver-webhook", provider: "bancontact" })).toBe("unauthorized");
    expect(refusal(webhook, { to: "deliver-webhook", provider: "bancontact" }, OFF)).toBe("unavailable");
  });

  it("serves the sandboxes and the mailbox only when they are on, and as 404 otherwise", () => {
    expect(granted({ to: "use-sandbox" })).toEqual(["sandbox-client"]);
    expect(granted({ to: "use-sandbox" }, OFF)).toEqual([]);
    expect(refusal(sandbox, { to: "use-sandbox" }, OFF)).toBe("not-found");
    expect(refusal(sandbox, { to: "read-dev-mailbox" })).toBe("allowed");
    expect(refusal(sandbox, { to: "read-dev-mailbox" }, { ...ON, devMailbox: false })).toBe("not-found");
  });
});
