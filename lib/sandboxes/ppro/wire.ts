// The PPRO sandbox's own view of the payment agreements API (seed 001): what it stores in
// SandboxRecord and the JSON it answers with. Written apart from lib/providers/ppro so that a
// misreading of the wire format cannot hide on both sides.
import { randomBytes } from "node:crypto";
import { z } from "zod";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export function randomChars(n: number, alphabet = ALNUM): string {
  // 248 is the largest multiple of 62 (and of 36) under 256: no modulo bias.
  let out = "";
  while (out.length < n) for (const b of randomBytes(n * 2)) if (b < 248 && out.length < n) out += alphabet[b % alphabet.length];
  return out;
}

/** PPRO ids: a type prefix and 21 random characters (agr_…, charge_…, authz_…). */
export const pproId = (prefix: string) => `${prefix}_${randomChars(21)}`;
/** The secret part of a BEP link, shaped like the seed's: 33 characters, "$", 24 characters. */
export const bepSecret = () => `${randomChars(33, UPPER)}$${randomChars(24, UPPER)}`;

const Amount = z.object({ value: z.number().int(), currency: z.string() });
const Failure = z.object({ failureType: z.string(), failureCode: z.string(), providerFailureCode: z.string().optional(), failureMessage: z.string() });
export type Failure = z.infer<typeof Failure>;

const Operation = z.object({
  id: z.string(),
  amount: z.number().int(),
  status: z.string(),
  merchantPaymentChargeReference: z.string().optional(),
  failure: Failure.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Operation = z.infer<typeof Operation>;

export const AgreementData = z.object({
  status: z.enum(["AUTHENTICATION_PENDING", "ACTIVE", "FAILED", "REVOKED"]),
  description: z.string().optional(),
  merchantPaymentAgreementReference: z.string().optional(),
  startDate: z.string().optional(),
  amount: Amount.optional(),
  amountType: z.enum(["EXACT", "MAX"]).optional(),
  instrumentId: z.string(),
  consumer: z.record(z.string(), z.unknown()),
  webhooksUrl: z.string(),
  returnUrl: z.string(),
  history: z.array(z.object({ id: z.string(), status: z.string(), createdAt: z.string() })),
  initialPaymentChargeId: z.string(),
});
export type AgreementData = z.infer<typeof AgreementData>;

export const ChargeData = z.object({
  agreementId: z.string(),
  status: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  paymentDescriptor: z.string(),
  merchantPaymentChargeReference: z.string().optional(),
  autoCapture: z.boolean(),
  instrumentId: z.string(),
  consumer: z.record(z.string(), z.unknown()),
  webhooksUrl: z.string(),
  /** Null for a Wallet Initiated Payment: nobody is redirected. */
  returnUrl: z.string().nullable(),
  bepSecret: z.string().nullable(),
  failure: Failure.optional(),
  authorizations: z.array(Operation),
  captures: z.array(Operation),
  voids: z.array(Operation),
});
export type ChargeData = z.infer<typeof ChargeData>;

type Stored<T> = { id: string; data: T; createdAt: Date; updatedAt: Date };
type RefundRow = { id: string; amount: number; createdAt: Date };

const BEP_HOST = "1BANCONTACT.SANDBOX.LOCAL";

function authenticationMethods(chargeId: string, secret: string, payUrl: string) {
  const link = `${BEP_HOST}/BEP/LA/${chargeId}/${secret}`;
  return [
    { details: { mobileIntentUri: `bepgenapp://DoTx?TransId=${link}` }, type: "APP_INTENT" },
    { details: { codeType: "QR", codePayload: `BEP://${link}` }, type: "SCAN_CODE" },
    { details: { requestUrl: payUrl, requestMethod: "GET" }, type: "REDIRECT" },
  ];
}

export function agreementJson(a: Stored<AgreementData>, charge: Stored<ChargeData> | null, payUrl: string) {
  const d = a.data;
  return {
    id: a.id,
    status: d.status,
    description: d.description,
    merchantPaymentAgreementReference: d.merchantPaymentAgreementReference,
    paymentMethod: "BANCONTACT",
    startDate: d.startDate,
    amount: d.amount,
    instrumentId: d.instrumentId,
    amountType: d.amountType,
    consumer: d.consumer,
    ...(d.status === "AUTHENTICATION_PENDING" && charge?.data.bepSecret
      ? { authenticationMethods: authenticationMethods(charge.id, charge.data.bepSecret, payUrl) }
      : {}),
    history: d.history,
    initialPaymentChargeId: d.initialPaymentChargeId,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export function chargeJson(c: Stored<ChargeData>, refunds: RefundRow[], payUrl: string) {
  const d = c.data;
  const op = (kind: string) => ({ href: `/v1/payment-charges/${c.id}/${kind}` });
  return {
    id: c.id,
    paymentMethod: "BANCONTACT",
    paymentMedium: "ECOMMERCE",
    scheduleType: "UNSCHEDULED",
    instrumentId: d.instrumentId,
    currency: d.currency,
    country: "BE",
    paymentDescriptor: d.paymentDescriptor,
    merchantPaymentChargeReference: d.merchantPaymentChargeReference,
    status: d.status,
    ...(d.failure ? { failure: d.failure } : {}),
    consumer: d.consumer,
    ...(d.status === "AUTHENTICATION_PENDING" && d.bepSecret ? { authenticationMethods: authenticationMethods(c.id, d.bepSecret, payUrl) } : {}),
    authorizations: d.authorizations,
    captures: d.captures,
    refunds: refunds.map((r) => ({ id: r.id, amount: r.amount, status: "SUCCEEDED", createdAt: r.createdAt.toISOString(), updatedAt: r.createdAt.toISOString() })),
    voids: d.voids,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    _links: { authorizations: op("authorizations"), captures: op("captures"), refunds: op("refunds"), voids: op("voids") },
  };
}

export type ApiResult = { status: number; body: unknown };

/** PPRO's standard error body. */
export const failure = (status: number, failureMessage: string): ApiResult => ({
  status,
  body: { status, failureMessage, timestamp: new Date().toISOString() },
});
