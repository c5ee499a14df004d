// Building Worldpay requests from our inputs, and reading a payment id out of an event's link.
import type { StartPaymentInput } from "../types";
import type { CreateApmPaymentRequest } from "./schemas";

/** Worldpay's card narrative allows 24 characters; assumed to hold for APMs too. */
export const NARRATIVE_MAX = 24;

function resultUrl(returnUrl: string, outcome: "success" | "failure" | "cancel" | "pending"): string {
  const url = new URL(returnUrl);
  url.searchParams.set("outcome", outcome);
  return url.toString();
}

export function buildCreateRequest(input: StartPaymentInput, entity: string): CreateApmPaymentRequest {
  const line1 = (input.description.trim() || input.merchantReference.trim()).slice(0, NARRATIVE_MAX).trim();
  return {
    transactionReference: input.paymentId,
    merchant: { entity },
    instruction: {
      method: "bancontact",
      value: { amount: input.amount, currency: "EUR" },
      narrative: { line1 },
      // Worldpay's Bancontact reference: a direct redirect, shopper country BE; settlement is
      // automatic and in EUR for Bancontact, so no settlement object is sent.
      paymentInstrument: { type: "direct", country: "BE" },
      resultUrls: {
        success: resultUrl(input.returnUrl, "success"),
        failure: resultUrl(input.returnUrl, "failure"),
        cancel: resultUrl(input.returnUrl, "cancel"),
        pending: resultUrl(input.returnUrl, "pending"),
      },
      ...(input.customerEmail ? { customer: { email: input.customerEmail } } : {}),
    },
  };
}

/**
 * The paymentId in an event's `_links.payment.href` (…/apmPayments/{paymentId}[/…]). Only the id
 * is taken: the URL itself is never fetched, reads go to the configured apiUrl.
 */
export function paymentIdFromHref(href: string | undefined): string | null {
  if (!href) return null;
  const at = href.indexOf("/apmPayments/");
  if (at < 0) return null;
  const raw = href.slice(at + "/apmPayments/".length).split(/[?#/]/)[0] ?? "";
  try {
    const id = decodeURIComponent(raw);
    return id.length > 0 ? id : null;
  } catch {
    return null;
  }
}
