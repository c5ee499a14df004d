// What "Go to payment" does with the cart's earlier checkout, as the merchant API describes it.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiCheckout } from "./merchant-client";

const api = vi.hoisted(() => ({ checkout: null as unknown, expire: { status: 200, body: {} } }));
vi.mock("./merchant-client", () => ({
  getCheckoutViaApi: vi.fn(async () => ({ status: 200, body: api.checkout })),
  expireCheckoutViaApi: vi.fn(async () => api.expire),
}));

const { followUpOpenOrder } = await import("./orders");

const checkout = (status: string, payments: string[]): ApiCheckout => ({
  id: "chk_aaaaaaaaaaaaaaaaaaaa",
  url: "http://localhost/checkout/chk_aaaaaaaaaaaaaaaaaaaa",
  status,
  merchantReference: "MP-1",
  amount: 3345,
  currency: "EUR",
  items: null,
  payments: payments.map((s) => ({ status: s })),
});
const previous = { checkoutId: "chk_aaaaaaaaaaaaaaaaaaaa", contents: "a=1" };

describe("the cart's earlier checkout", () => {
  beforeEach(() => {
    api.expire = { status: 200, body: {} };
  });

  it("past its hour with a payment still open, blocks a new order (both could be paid)", async () => {
    api.checkout = checkout("EXPIRED", ["FAILED", "PENDING"]);
    expect(await followUpOpenOrder(previous, "a=2")).toEqual({ kind: "blocked" });
    expect(await followUpOpenOrder(previous, "a=1")).toEqual({ kind: "blocked" });
  });

  it("past its hour with every payment ended, opens a new one", async () => {
    api.checkout = checkout("EXPIRED", ["FAILED", "CANCELLED"]);
    expect(await followUpOpenOrder(previous, "a=2")).toEqual({ kind: "new" });
  });

  it("open: the same cart resumes it; a changed one ends it first, or is blocked while a payment is open", async () => {
    api.checkout = checkout("OPEN", []);
    expect(await followUpOpenOrder(previous, "a=1")).toEqual({ kind: "resume", url: "http://localhost/checkout/chk_aaaaaaaaaaaaaaaaaaaa" });
    expect(await followUpOpenOrder(previous, "a=2")).toEqual({ kind: "new" });
    api.checkout = checkout("OPEN", ["PENDING"]);
    api.expire = { status: 409, body: {} };
    expect(await followUpOpenOrder(previous, "a=2")).toEqual({ kind: "blocked" });
  });
});
