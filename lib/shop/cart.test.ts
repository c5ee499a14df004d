import { describe, expect, it } from "vitest";
import { cartLines, cartTotal, parseCart, setQuantity } from "./cart";

describe("cart", () => {
  it("ignores a tampered cookie", () => {
    expect(parseCart('{"pralines":-3}')).toEqual({});
    expect(parseCart("not json")).toEqual({});
    expect(parseCart('{"pralines":2}')).toEqual({ pralines: 2 });
  });

  it("adds, caps and removes lines, and totals in cents", () => {
    let cart = setQuantity({}, "pralines", 2);
    cart = setQuantity(cart, "speculoos", 150);
    expect(cart).toEqual({ pralines: 2, speculoos: 99 });
    cart = setQuantity(cart, "speculoos", 0);
    const lines = cartLines(cart, [
      { slug: "pralines", name: "Pralines", emoji: "", priceCents: 2450 },
      { slug: "speculoos", name: "Speculoos", emoji: "", priceCents: 895 },
    ]);
    expect(lines).toHaveLength(1);
    expect(cartTotal(lines)).toBe(4900);
  });
});
