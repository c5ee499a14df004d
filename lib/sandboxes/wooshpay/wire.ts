// The WooshPay sandbox's view of its own API (seed 000), written apart from the client in
// lib/providers/wooshpay so that a misreading of the wire format cannot hide on both sides.
import { z } from "zod";
import type { SandboxWooshpayIntent } from "../../db/generated/client";

export const CreateIntentBody = z.object({
  amount: z.number().int(),
  currency: z.string(),
  confirm: z.boolean().optional(),
  payment_method_data: z.object({
    type: z.string(),
    billing_details: z
      .object({
        address: z.object({ country: z.string().length(2) }),
        firstName: z.string().optional(),
        lastName: z.string().optional(),
        email: z.string().optional(),
      })
      .optional(),
  }),
  merchant_order_id: z.string().max(64).optional(),
  return_url: z.string().optional(),
  description: z.string().optional(),
});

export type WooshpayApiError = { status: number; error: { type: string; code?: string; param?: string; message: string } };

export const missing = (param: string): WooshpayApiError => ({
  status: 400,
  error: { type: "invalid_request_error", code: "parameter_missing", param, message: `Missing required param: ${param}.` },
});
export const invalid = (param: string, message: string, code = "parameter_invalid"): WooshpayApiError => ({
  status: 400,
  error: { type: "invalid_request_error", code, param, message },
});

/** The PaymentIntent JSON exactly as the seed shows it. */
export function intentJson(i: SandboxWooshpayIntent, baseUrl: string) {
  return {
    id: i.id,
    object: "payment_intent",
    created: i.createdAt.getTime(),
    livemode: false,
    currency: i.currency,
    amount: i.amount,
    amount_received: i.amountReceived,
    status: i.status,
    merchant_order_id: i.merchantOrderId,
    client_secret: i.clientSecret,
    next_action:
      i.status === "requires_action"
        ? { type: "bancontact_handle_redirect", bancontact_handle_redirect: { url: `${baseUrl}/authorize/${i.id}` } }
        : null,
    payment_method_types: ["bancontact"],
    confirmation_method: "automatic",
    return_url: i.returnUrl,
    payment_method: i.paymentMethodId,
    capture_method: "automatic",
    last_payment_error: i.lastPaymentError ?? null,
    cancellation_reason: i.cancellationReason,
  };
}
