// WooshPay's wire format (seed 000: PaymentIntents, Stripe-like JSON). Fields the seed does not
// show (last_payment_error, cancellation_reason, events) follow Stripe's shapes, which WooshPay
// copies everywhere else.
import { z } from "zod";

export const WooshpayStatusSchema = z.enum([
  "requires_payment_method",
  "requires_confirmation",
  "requires_action",
  "processing",
  "requires_capture",
  "canceled",
  "succeeded",
]);
export type WooshpayStatus = z.infer<typeof WooshpayStatusSchema>;

export const PaymentIntentSchema = z.object({
  id: z.string().startsWith("pi_"),
  object: z.literal("payment_intent"),
  created: z.number(),
  livemode: z.boolean(),
  currency: z.string(),
  amount: z.number().int(),
  amount_received: z.number().int().optional(),
  status: WooshpayStatusSchema,
  merchant_order_id: z.string().nullish(),
  client_secret: z.string(),
  next_action: z
    .object({
      type: z.string(),
      bancontact_handle_redirect: z.object({ url: z.url() }).optional(),
    })
    .nullish(),
  payment_method_types: z.array(z.string()),
  confirmation_method: z.string().optional(),
  return_url: z.string().nullish(),
  payment_method: z.string().nullish(),
  capture_method: z.string().optional(),
  last_payment_error: z.object({ code: z.string(), message: z.string() }).partial().nullish(),
  cancellation_reason: z.string().nullish(),
});
export type PaymentIntent = z.infer<typeof PaymentIntentSchema>;

export const CreatePaymentIntentRequestSchema = z.object({
  amount: z.number().int(),
  currency: z.string(),
  confirm: z.boolean(),
  payment_method_data: z.object({
    type: z.literal("bancontact"),
    billing_details: z.object({
      address: z.object({ country: z.string() }),
      firstName: z.string().optional(),
      lastName: z.string().optional(),
      email: z.string().optional(),
    }),
  }),
  merchant_order_id: z.string(),
  return_url: z.string(),
  description: z.string().optional(),
});
export type CreatePaymentIntentRequest = z.infer<typeof CreatePaymentIntentRequestSchema>;

export const WooshpayErrorSchema = z.object({
  error: z.object({
    type: z.string(),
    code: z.string().optional(),
    param: z.string().optional(),
    message: z.string(),
  }),
});

export const WooshpayEventSchema = z.object({
  id: z.string().startsWith("evt_"),
  object: z.literal("event"),
  type: z.string(),
  created: z.number(),
  livemode: z.boolean(),
  data: z.object({ object: z.unknown() }),
});

/** Stripe's refund object, which WooshPay's "Create a Refund" follows. */
export const RefundSchema = z.object({
  id: z.string().startsWith("re_"),
  object: z.literal("refund"),
  amount: z.number().int(),
  currency: z.string(),
  payment_intent: z.string(),
  status: z.enum(["pending", "succeeded", "failed", "canceled", "requires_action"]),
});
