// The Worldpay sandbox's own view of the APM API (seed 003), written apart from the client in
// lib/providers/worldpay so that a misreading of the wire format cannot hide on both sides.
import { z } from "zod";

export type ValidationError = { errorName: "fieldIsMissing" | "fieldHasInvalidValue" | "fieldIsNotAllowed"; message: string; jsonPath: string };
export type WorldpayApiError = { status: number; body: { errorName: string; message: string; validationErrors?: ValidationError[] } };

export const schemaError = (validationErrors: ValidationError[]): WorldpayApiError => ({
  status: 400,
  body: { errorName: "bodyDoesNotMatchSchema", message: "The json body provided does not match the expected schema", validationErrors },
});
export const apiError = (status: number, errorName: string, message: string): WorldpayApiError => ({ status, body: { errorName, message } });

/** What the sandbox keeps of a payment, in SandboxRecord.data (kind "payment", ref = transactionReference). */
export const StoredPaymentSchema = z.object({
  paymentId: z.string(),
  transactionReference: z.string(),
  entity: z.string(),
  amount: z.number().int(),
  currency: z.literal("EUR"),
  narrative: z.string(),
  resultUrls: z.object({ success: z.string(), failure: z.string().optional(), cancel: z.string().optional(), pending: z.string().optional() }),
  email: z.string().optional(),
  lastEvent: z.string(),
  commandId: z.string(),
});
export type StoredPayment = z.infer<typeof StoredPaymentSchema>;

// The magic amount: always refused, so that a validation error can be shown end to end.
export const MAGIC_REFUSED_AMOUNT = 404;
export const MIN_AMOUNT = 2;
export const MAX_AMOUNT = 500_000;
export const MAX_SINGLE_REFUND = 300_000;

const REFERENCE = /^[a-zA-Z0-9\-_/!@#$%()*=.:;?[\]{}~+]{1,64}$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const at = (o: unknown, path: string[]): unknown => path.reduce<unknown>((cur, k) => (isRecord(cur) ? cur[k] : undefined), o);
const isHttpUrl = (v: unknown) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v);

/** Every field Worldpay would refuse, each with its JSON path, as the seed's 400 shows. */
export function validateCreate(body: unknown, knownEntity: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const missing = (p: string) => errors.push({ errorName: "fieldIsMissing", message: "Field is mandatory", jsonPath: `$.${p}` });
  const invalid = (p: string, message: string) => errors.push({ errorName: "fieldHasInvalidValue", message, jsonPath: `$.${p}` });
  const check = (path: string, test: (v: unknown) => string | null) => {
    const v = at(body, path.split("."));
    if (v === undefined || v === null || v === "") return missing(path);
    const problem = test(v);
    if (problem) invalid(path, problem);
  };
  check("transactionReference", (v) => (typeof v === "string" && REFERENCE.test(v) ? null : "Must be 1 to 64 characters of the allowed set"));
  check("merchant.entity", (v) => (v === knownEntity ? null : "Entity is not known for these credentials"));
  check("instruction.method", (v) => (v === "bancontact" ? null : "Only bancontact is enabled in this sandbox"));
  check("instruction.value.currency", (v) => (v === "EUR" ? null : "Bancontact accepts EUR only"));
  check("instruction.value.amount", (v) => {
    if (typeof v !== "number" || !Number.isInteger(v)) return "Must be an integer amount in cents";
    if (v < MIN_AMOUNT) return "Amount is below the Bancontact minimum of 0.02 EUR";
    if (v > MAX_AMOUNT) return "Amount is above the Bancontact maximum of 5,000 EUR";
    if (v === MAGIC_REFUSED_AMOUNT) return "sandbox: amount 4.04 is always refused";
    return null;
  });
  check("instruction.narrative.line1", (v) => (typeof v === "string" && v.trim().length > 0 && v.length <= 24 ? null : "Must be 1 to 24 characters"));
  check("instruction.paymentInstrument.type", (v) => (v === "direct" ? null : "Must be direct"));
  const country = at(body, ["instruction", "paymentInstrument", "country"]);
  if (country !== undefined && country !== "BE") invalid("instruction.paymentInstrument.country", "Bancontact is available in BE only");
  check("instruction.resultUrls.success", (v) => (isHttpUrl(v) ? null : "Must be an http(s) URL"));
  for (const k of ["failure", "cancel", "pending"]) {
    const v = at(body, ["instruction", "resultUrls", k]);
    if (v !== undefined && !isHttpUrl(v)) invalid(`instruction.resultUrls.${k}`, "Must be an http(s) URL");
  }
  return errors;
}

/** The create body once validateCreate found nothing wrong: what the sandbox keeps of it. */
export const CreateBody = z.object({
  transactionReference: z.string(),
  merchant: z.object({ entity: z.string() }),
  instruction: z.object({
    value: z.object({ amount: z.number().int() }),
    narrative: z.object({ line1: z.string() }),
    resultUrls: z.object({ success: z.string(), failure: z.string().optional(), cancel: z.string().optional(), pending: z.string().optional() }),
    customer: z.object({ email: z.string().optional() }).optional(),
  }),
});

/** Zod's issues as Worldpay's validationErrors. */
export function toValidationErrors(body: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): ValidationError[] {
  return issues.map((i) => {
    const path = i.path.map(String);
    const absent = at(body, path) === undefined;
    return { errorName: absent ? "fieldIsMissing" : "fieldHasInvalidValue", message: absent ? "Field is mandatory" : i.message, jsonPath: `$.${path.join(".")}` };
  });
}

export const PartialReversalBody = z.object({
  value: z.object({ amount: z.number().int(), currency: z.string() }),
  reference: z.string().min(1).max(64).optional(),
});

/** The seed's 201 body. */
export function createdJson(p: StoredPayment, baseUrl: string) {
  return {
    paymentInstrument: { method: "bancontact", type: "direct" },
    paymentId: p.paymentId,
    lastEvent: p.lastEvent,
    _links: { self: { href: `${baseUrl}/apmPayments/${p.paymentId}` } },
    _actions: {},
    redirect: `${baseUrl}/pay/${encodeURIComponent(p.paymentId)}`,
    commandId: p.commandId,
  };
}

/** The query answer: lastEvent and the actions open in that state, plus reference and value. */
export function paymentJson(p: StoredPayment, baseUrl: string, refunded: number, refunds: unknown[] = []) {
  const self = `${baseUrl}/apmPayments/${p.paymentId}`;
  const paid = ["sentForSettlement", "settled", "sentForRefund", "refunded", "refundFailed"].includes(p.lastEvent);
  const links: Record<string, { href: string }> = { self: { href: self } };
  if (p.lastEvent === "authorized" || (paid && refunded < p.amount)) links.reverse = { href: `${self}/reversals` };
  if (paid && refunded < p.amount) links.partialReverse = { href: `${self}/partialReversals` };
  return {
    paymentId: p.paymentId,
    transactionReference: p.transactionReference,
    lastEvent: p.lastEvent,
    value: { amount: p.amount, currency: p.currency },
    _links: links,
    // Not in seed 003: each refund with its reference and last event (docs/refunds.md).
    refunds,
  };
}

/** An Events webhook body, as Worldpay's Events reference shows it. */
export function eventJson(p: StoredPayment, type: string, baseUrl: string, eventId: string, now: Date, amount = p.amount, reference?: string) {
  return {
    eventId,
    eventTimestamp: now.toISOString().replace("Z", ""),
    eventDetails: {
      classification: "payment",
      transactionReference: p.transactionReference,
      type,
      date: now.toISOString().slice(0, 10),
      amount: { value: amount, currencyCode: p.currency },
      // The reference sent with a partial reversal, on its refund events.
      ...(reference ? { reference } : {}),
      _links: { payment: { href: `${baseUrl}/apmPayments/${p.paymentId}` } },
    },
  };
}
