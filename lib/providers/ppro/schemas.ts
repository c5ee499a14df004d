// PPRO's wire format for payment agreements and payment charges (seed 001, and PPRO's public
// API reference where the seed is silent: statuses, operations, failures, errors, webhooks).
import { z } from "zod";

const AmountSchema = z.object({ value: z.number().int(), currency: z.string() });

export const ConsumerSchema = z.object({
  name: z.string(),
  email: z.string().optional(),
  country: z.string(),
  client: z.object({ ip: z.string() }).partial().optional(),
  taxIdentification: z.string().optional(),
  billingAddress: z.record(z.string(), z.string()).optional(),
});

export const AuthenticationMethodSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("APP_INTENT"), details: z.object({ mobileIntentUri: z.string() }) }),
  z.object({ type: z.literal("SCAN_CODE"), details: z.object({ codeType: z.string(), codePayload: z.string() }) }),
  z.object({ type: z.literal("REDIRECT"), details: z.object({ requestUrl: z.url(), requestMethod: z.string() }) }),
]);
export type AuthenticationMethod = z.infer<typeof AuthenticationMethodSchema>;

export const CreateAgreementRequestSchema = z.object({
  paymentMethod: z.literal("BANCONTACT"),
  description: z.string().optional(),
  merchantPaymentAgreementReference: z.string().optional(),
  startDate: z.string().optional(),
  webhooksUrl: z.string().optional(),
  amount: AmountSchema.optional(),
  amountType: z.enum(["EXACT", "MAX"]).optional(),
  authenticationSettings: z.array(z.object({ type: z.literal("REDIRECT"), settings: z.object({ returnUrl: z.string() }) })),
  consumer: ConsumerSchema,
  initialPaymentCharge: z.object({
    paymentDescriptor: z.string().optional(),
    merchantPaymentChargeReference: z.string().optional(),
    // The seed sends the string "true"; PPRO's reference types it as a boolean.
    autoCapture: z.union([z.boolean(), z.enum(["true", "false"])]).optional(),
    amount: AmountSchema,
  }),
});
export type CreateAgreementRequest = z.infer<typeof CreateAgreementRequestSchema>;

export const AgreementStatusSchema = z.enum(["AUTHENTICATION_PENDING", "ACTIVE", "FAILED", "REVOKED"]);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

export const AgreementSchema = z.object({
  id: z.string().startsWith("agr_"),
  status: AgreementStatusSchema,
  description: z.string().optional(),
  merchantPaymentAgreementReference: z.string().optional(),
  paymentMethod: z.string(),
  startDate: z.string().optional(),
  amount: AmountSchema.optional(),
  instrumentId: z.string().optional(),
  amountType: z.string().optional(),
  consumer: ConsumerSchema.optional(),
  authenticationMethods: z.array(AuthenticationMethodSchema).optional(),
  history: z.array(z.object({ id: z.string(), status: z.string(), createdAt: z.string() })).optional(),
  initialPaymentChargeId: z.string().startsWith("charge_").optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** PPRO's payment charge lifecycle (API reference, "Payment charge status"). */
export const ChargeStatusSchema = z.enum([
  "AUTHORIZATION_PROCESSING",
  "AUTHENTICATION_PENDING",
  "AUTHORIZATION_ASYNC",
  "CAPTURE_PENDING",
  "CAPTURE_PROCESSING",
  "CAPTURED",
  "DISCARDED",
  "FAILED",
  "REFUND_PROCESSING",
  "REFUNDED",
  "VOID_PROCESSING",
  "VOIDED",
]);
export type ChargeStatus = z.infer<typeof ChargeStatusSchema>;

export const FailureSchema = z.object({
  failureType: z.string().optional(),
  failureCode: z.string().optional(),
  internalFailureCode: z.string().optional(),
  providerFailureCode: z.string().optional(),
  failureMessage: z.string().optional(),
});

/** An authorization, capture, refund or void of a charge. */
export const OperationSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  status: z.string(),
  failure: FailureSchema.optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Operation = z.infer<typeof OperationSchema>;

export const ChargeSchema = z.object({
  id: z.string().startsWith("charge_"),
  paymentMethod: z.string(),
  status: ChargeStatusSchema,
  currency: z.string(),
  instrumentId: z.string().optional(),
  paymentDescriptor: z.string().optional(),
  merchantPaymentChargeReference: z.string().optional(),
  failure: FailureSchema.optional(),
  authenticationMethods: z.array(AuthenticationMethodSchema).optional(),
  authorizations: z.array(OperationSchema.extend({ merchantPaymentChargeReference: z.string().optional() })),
  captures: z.array(OperationSchema),
  refunds: z.array(OperationSchema),
  voids: z.array(OperationSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Charge = z.infer<typeof ChargeSchema>;

export const RefundSchema = OperationSchema.extend({ id: z.string().startsWith("refund_") });
export const VoidSchema = OperationSchema.extend({ id: z.string().startsWith("void_") });

/** PPRO's standard error body ("Standard errors representation"). */
export const PproErrorSchema = z.object({
  status: z.number().int(),
  failureMessage: z.string(),
  timestamp: z.string().optional(),
});

/** PPRO's webhooks follow CloudEvents 1.0.2; `data` is the resource the event is about. */
export const PproEventSchema = z.object({
  specversion: z.literal("1.0"),
  id: z.string().min(1),
  source: z.string(),
  type: z.string(),
  time: z.string().optional(),
  datacontenttype: z.string().optional(),
  data: z.unknown(),
});
