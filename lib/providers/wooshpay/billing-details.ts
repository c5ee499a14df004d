// billing_details of a Bancontact PaymentIntent (seed 000: address.country, firstName, lastName).
import type { CreatePaymentIntentRequest } from "./schemas";

type BillingDetails = CreatePaymentIntentRequest["payment_method_data"]["billing_details"];

/**
 * The shopper's full name split as the seed's example splits "Tom Hans": the last word is the last
 * name, the words before it the first name. A one-word name goes out as firstName only (WooshPay,
 * like the seed, gives no rule for it; firstName is the part its sandbox requires).
 */
export function splitName(fullName: string): { firstName: string; lastName?: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const last = words.length > 1 ? words.pop() : undefined;
  return { firstName: words.join(" "), ...(last ? { lastName: last } : {}) };
}

export function billingDetails(shopperName: string, email: string | null): BillingDetails {
  return { address: { country: "BE" }, ...splitName(shopperName), ...(email ? { email } : {}) };
}
