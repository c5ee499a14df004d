// Worldpay Access APM API wire format (seed 003, API version 2024-07-01). The seed shows the 201
// and 400 bodies; the request, the query (GET) answer, reversals and events follow Worldpay's
// public APM and Events references where the seed is silent.
import { z } from "zod";

/** The API version sent in WP-Api-Version: the one whose 201 body matches the seed's. */
export const WORLDPAY_API_VERSION = "2024-07-01";

const LinkSchema = z.object({ href: z.string() });

export const CreateApmPaymentRequestSchema = z.object({
  transactionReference: z.string().min(1).max(64),
  merchant: z.object({ entity: z.string().min(1).max(32) }),
  instruction: z.object({
    method: z.literal("bancontact"),
    value: z.object({ amount: z.number().int(), currency: z.literal("EUR") }),
    narrative: z.object({ line1: z.string().min(1) }),
    paymentInstrument: z.object({ type: z.literal("direct"), country: z.literal("BE") }),
    resultUrls: z.object({ success: z.url(), failure: z.url(), cancel: z.url(), pending: z.url() }),
    customer: z.object({ email: z.string() }).optional(),
  }),
});
export type CreateApmPaymentRequest = z.infer<typeof CreateApmPaymentRequestSchema>;

/** The seed's 201 answer. */
export const ApmPaymentCreatedSchema = z.object({
  paymentInstrument: z.object({ method: z.string(), type: z.string() }).optional(),
  paymentId: z.string().min(1),
  lastEvent: z.string(),
  _links: z.object({ self: LinkSchema }),
  _actions: z.record(z.string(), LinkSchema.partial()).optional(),
  redirect: z.url(),
  commandId: z.string(),
});
export type ApmPaymentCreated = z.infer<typeof ApmPaymentCreatedSchema>;

/**
 * GET /apmPayments/{paymentId}: paymentId, lastEvent and links to the next actions are
 * documented; transactionReference and value are read when present (the sandbox sends them).
 */
export const ApmPaymentSchema = z.object({
  paymentId: z.string().min(1),
  lastEvent: z.string(),
  transactionReference: z.string().optional(),
  value: z.object({ amount: z.number().int(), currency: z.string() }).optional(),
  _links: z.record(z.string(), LinkSchema).optional(),
  _actions: z.record(z.string(), LinkSchema.partial()).optional(),
  /**
   * The payment's refunds, each by the reference sent with its partial reversal and its own last
   * event. Seed 003 is silent on reading a refund; Worldpay's Payment Queries answer lists a
   * payment's events with their references, and this is that list, kept to refunds (docs/refunds.md).
   */
  refunds: z
    .array(z.object({ commandId: z.string().optional(), reference: z.string().nullable().optional(), lastEvent: z.string(), value: z.object({ amount: z.number().int(), currency: z.string() }).optional() }))
    .optional(),
});
export type ApmPayment = z.infer<typeof ApmPaymentSchema>;

export const PartialReversalRequestSchema = z.object({
  value: z.object({ amount: z.number().int(), currency: z.literal("EUR") }),
  reference: z.string().min(1).max(64),
});

/** 202 to a (partial) reversal: accepted, processed asynchronously. */
export const ReversalAcceptedSchema = z.object({
  commandId: z.string().optional(),
  _links: z.record(z.string(), LinkSchema).optional(),
});

/** The seed's error body. */
export const WorldpayErrorSchema = z.object({
  errorName: z.string(),
  message: z.string(),
  validationErrors: z.array(z.object({ errorName: z.string(), message: z.string(), jsonPath: z.string() })).optional(),
});

/** An Events webhook (application/vnd.worldpay.events-v1.hal+json): only what we read of it. */
export const WorldpayEventSchema = z.object({
  eventId: z.string().min(1),
  eventTimestamp: z.string().optional(),
  eventDetails: z.object({
    classification: z.string().optional(),
    transactionReference: z.string().min(1),
    type: z.string().min(1),
    _links: z.object({ payment: z.object({ href: z.string() }).optional() }).optional(),
  }),
});
export type WorldpayEvent = z.infer<typeof WorldpayEventSchema>;
