// Bancontact Payconiq Company merchant Payment API v3 (seed 004 for the callback and statuses;
// create / get / cancel shapes from the public v3 reference, see docs/providers/bancontact.md).
import { z } from "zod";

export const BancontactStatusSchema = z.enum([
  "PENDING",
  "IDENTIFIED",
  "AUTHORIZED",
  "AUTHORIZATION_FAILED",
  "SUCCEEDED",
  "FAILED",
  "CANCELLED",
  "EXPIRED",
  "PENDING_MERCHANT_ACKNOWLEDGEMENT",
  "VOIDED",
]);
export type BancontactStatus = z.infer<typeof BancontactStatusSchema>;

const Link = z.object({ href: z.url() });

export const CreatePaymentRequestSchema = z.object({
  amount: z.number().int().positive(),
  currency: z.literal("EUR"),
  description: z.string().max(140).optional(),
  reference: z.string().max(35).optional(),
  callbackUrl: z.url(),
  returnUrl: z.url().optional(),
});
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequestSchema>;

/** A payment as create and get return it. */
export const PaymentSchema = z.object({
  paymentId: z.string().length(24),
  status: BancontactStatusSchema,
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  succeededAt: z.iso.datetime({ offset: true }).optional(),
  amount: z.number().int(),
  currency: z.string(),
  description: z.string().optional(),
  reference: z.string().optional(),
  debtor: z.object({ iban: z.string().optional(), name: z.string().optional() }).optional(),
  _links: z
    .object({ self: Link.optional(), deeplink: Link.optional(), qrcode: Link.optional(), cancel: Link.optional() })
    .optional(),
});
export type BancontactPayment = z.infer<typeof PaymentSchema>;

/** The callback body of seed 004. `debtor` is required there, but a PENDING payment has none yet. */
export const CallbackSchema = z.object({
  paymentId: z.string().length(24),
  currency: z.string(),
  amount: z.number().int(),
  description: z.string().optional(),
  reference: z.string().optional(),
  createdAt: z.iso.datetime({ offset: true }),
  expireAt: z.iso.datetime({ offset: true }).optional(),
  succeededAt: z.iso.datetime({ offset: true }).optional(),
  status: BancontactStatusSchema,
  debtor: z.object({ iban: z.string(), name: z.string().optional() }).optional(),
});
export type BancontactCallback = z.infer<typeof CallbackSchema>;

export const ErrorSchema = z.object({ code: z.string(), message: z.string() });

/** A refund as `POST /v3/payments/{paymentId}/refunds` answers it (assumed, see docs). */
export const RefundSchema = z.object({
  refundId: z.string().min(1),
  paymentId: z.string().length(24),
  amount: z.number().int(),
  currency: z.string(),
  status: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
  createdAt: z.iso.datetime({ offset: true }),
});
