import { describe, expect, it } from "vitest";
import { cartContents, formatOpenOrder, newOrderKeys, parseOpenOrder } from "./open-order";

describe("the cart's open order", () => {
  it("round-trips through its cookie and ignores a tampered one", () => {
    const o = { checkoutId: "chk_abcdefghijklmnopqrst", contents: cartContents([{ slug: "pralines", quantity: 2 }]) };
    expect(parseOpenOrder(formatOpenOrder(o))).toEqual(o);
    expect(parseOpenOrder("chk_abc.123")).toBeNull();
    expect(parseOpenOrder(undefined)).toBeNull();
  });

  it("fingerprints the contents: same cart same value, another quantity another", () => {
    expect(cartContents([{ slug: "pralines", quantity: 2 }])).toBe(cartContents([{ slug: "pralines", quantity: 2 }]));
    expect(cartContents([{ slug: "pralines", quantity: 2 }])).not.toBe(cartContents([{ slug: "pralines", quantity: 3 }]));
  });

  it("gives a cart that returns to earlier contents a new key and reference", () => {
    const first = newOrderKeys("abcdefghijklmnop", "0123456789abcdef", null);
    expect(newOrderKeys("abcdefghijklmnop", "0123456789abcdef", null)).toEqual(first);
    const later = newOrderKeys("abcdefghijklmnop", "0123456789abcdef", { checkoutId: "chk_abcdefghijklmnopqrst", contents: "fedcba9876543210" });
    expect(later.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(later.reference).not.toBe(first.reference);
    expect(first.reference).toMatch(/^MP-ABCDEF-[0-9A-F]{6}$/);
  });
});
