// The PPRO legacy sandbox's own reading of the TRANSACTION API (seed 002), written apart from the
// client in lib/providers/ppro-legacy so that a misreading of the wire format cannot hide on both
// sides: url-encoded requests in, url-encoded answers out, and the shapes of what it stores.
import { z } from "zod";

export type Fields = Record<string, string | undefined>;

/** The request's fields; a name given twice is reported rather than guessed at. */
export function readRequest(body: string): { fields: Record<string, string>; repeated: string | null } {
  const fields: Record<string, string> = {};
  let repeated: string | null = null;
  for (const [name, value] of new URLSearchParams(body)) {
    if (name in fields) repeated ??= name;
    else fields[name] = value;
  }
  return { fields, repeated };
}

export function encodeAnswer(fields: Fields): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) out.append(k, v);
  return out.toString();
}

/** A refused request: PPRO answers HTTP 200 with REQUESTSTATUS=FAILED and a reason. */
export const refused = (errmsg: string): Fields => ({ REQUESTSTATUS: "FAILED", ERRMSG: errmsg });
export const missing = (name: string) => refused(`Missing parameter ${name}`);
export const invalid = (name: string, why: string) => refused(`Invalid parameter ${name}: ${why}`);

export const TX_STATUSES = ["PENDING", "SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"] as const;
export type TxStatus = (typeof TX_STATUSES)[number];

/** A transaction, as kept in SandboxRecord.data (kind "tx", ref = merchanttxid). */
export const TxDataSchema = z.object({
  txid: z.string().regex(/^\d{9}$/),
  tag: z.enum(["bcmc", "bancontactwip"]),
  status: z.enum(TX_STATUSES),
  amount: z.number().int().positive(),
  currency: z.literal("EUR"),
  merchantTxId: z.string(),
  channel: z.string(),
  merchantRedirectUrl: z.string().nullable(),
  notificationUrl: z.string().nullable(),
  descriptor: z.string().nullable(),
  accountHolderName: z.string().nullable(),
  linkCard: z.boolean(),
  redirectSecret: z.string(),
  bepSecret: z.string(),
  paymentPurpose: z.string(),
  /** The token this payment linked (link and pay) or was charged on (WIP). */
  cardToken: z.string().nullable(),
  initiation: z.enum(["consumer", "merchant"]).nullable(),
  errmsg: z.string().nullable(),
  /** On the sandbox's clock (which the dashboard can move forward). */
  createdAt: z.iso.datetime(),
});
export type TxData = z.infer<typeof TxDataSchema>;

/** A linked card (kind "token", ref = the token). */
export const TokenDataSchema = z.object({
  token: z.string(),
  channel: z.string(),
  bin: z.string(),
  last4: z.string(),
  /** YYYY-MM */
  expiry: z.string().regex(/^\d{4}-\d{2}$/),
  linkedByTxid: z.string(),
  linkedAt: z.iso.datetime(),
  /** The last successful payment with this card; the token lapses 365 days after it. */
  lastSuccessAt: z.iso.datetime(),
});
export type TokenData = z.infer<typeof TokenDataSchema>;

/** The sandbox's clock (kind "clock"): days added to the real time. */
export const ClockDataSchema = z.object({ offsetDays: z.number().int().min(0) });

/** Fields of the TRANSACTION call, checked in this order so that the first problem is the one named. */
export const TransactionFieldsSchema = z.object({
  tag: z.enum(["bcmc", "bancontactwip"], { error: "unknown payment method (tag)" }),
  countrycode: z.literal("BE", { error: "must be BE" }),
  currency: z.literal("EUR", { error: "currency not supported, use EUR" }),
  amount: z
    .string()
    .regex(/^\d+$/, "must be an amount in cents")
    .transform(Number)
    .pipe(z.number().int().min(1, "must be at least 1 (EUR 0.01)")),
  merchanttxid: z.string().min(1, "must not be empty").max(64, "at most 64 characters"),
  merchantredirecturl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  notificationurl: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  "specin.dynamicdescriptor": z.string().max(140, "at most 140 characters").optional(),
  "specin.linkcard": z.enum(["", "wiplinkandpay"], { error: "must be empty or wiplinkandpay" }).optional(),
  "specin.cardtoken": z.string().min(1, "must not be empty").optional(),
  "specin.initiation": z.enum(["consumer", "merchant"], { error: "must be consumer or merchant" }).optional(),
  accountholdername: z.string().optional(),
});
export type TransactionFields = z.infer<typeof TransactionFieldsSchema>;

/** The first problem of a request as PPRO would word it: missing parameter, or invalid one. */
export function firstProblem(error: z.ZodError, fields: Record<string, string>): Fields {
  const issue = error.issues[0];
  const name = String(issue?.path[0] ?? "request");
  return fields[name] === undefined ? missing(name) : invalid(name, issue?.message ?? "invalid");
}
