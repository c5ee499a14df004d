import { describe, expect, it } from "vitest";
import { returnTo } from "./return-to";

describe("returnTo", () => {
  it("brings the cardholder back to the checkout or account page that asked", () => {
    expect(returnTo("/checkout/chk_abcdefghijklmnopqrst")).toBe("/checkout/chk_abcdefghijklmnopqrst");
    expect(returnTo("/account/cards")).toBe("/account/cards");
    expect(returnTo("/account/charges/pay_abcdefghijklmnopqrst")).toBe("/account/charges/pay_abcdefghijklmnopqrst");
    expect(returnTo("/payments/pay_abcdefghijklmnopqrst/refund")).toBe("/payments/pay_abcdefghijklmnopqrst/refund");
  });
  it("never sends them anywhere else", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/checkout/chk_x", "/account/charges/pay_x", "/account/charges/pay_abcdefghijklmnopqrst/x", "/payments/pay_abcdefghijklmnopqrst/other", "/payments/pay_x/receipt", "/merchant", undefined, 3]) expect(returnTo(bad)).toBe("/account");
  });
});
