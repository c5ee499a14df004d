import { describe, expect, it } from "vitest";
import { billingDetails, splitName } from "./billing-details";
import { CreatePaymentIntentRequestSchema } from "./schemas";

describe("WooshPay billing_details", () => {
  it("splits the name as the seed's example does (last word = last name)", () => {
    expect(splitName("Tom Hans")).toEqual({ firstName: "Tom", lastName: "Hans" });
    expect(splitName("Marie Claire  Dupont")).toEqual({ firstName: "Marie Claire", lastName: "Dupont" });
    expect(splitName("  Élodie   Brande-Müller ")).toEqual({ firstName: "Élodie", lastName: "Brande-Müller" });
  });

  it("sends a one-word name as firstName only", () => {
    expect(splitName("Madonna")).toEqual({ firstName: "Madonna" });
    expect(billingDetails("Madonna", null)).toEqual({ address: { country: "BE" }, firstName: "Madonna" });
  });

  it("is the seed's billing_details for the seed's shopper, with the email when the merchant gave one", () => {
    expect(billingDetails("Tom Hans", null)).toEqual({ address: { country: "BE" }, firstName: "Tom", lastName: "Hans" });
    const withEmail = billingDetails("Tom Hans", "tom@example.be");
    expect(withEmail).toEqual({ address: { country: "BE" }, firstName: "Tom", lastName: "Hans", email: "tom@example.be" });
    const request = { amount: 1, currency: "EUR", confirm: true, payment_method_data: { type: "bancontact" as const, billing_details: withEmail }, merchant_order_id: "p", return_url: "https://r" };
    expect(CreatePaymentIntentRequestSchema.parse(request)).toEqual(request);
  });
});
