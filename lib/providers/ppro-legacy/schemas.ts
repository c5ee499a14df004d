// PPRO TRANSACTION API wire format (seed 002): url-encoded requests with lower-case names, url-encoded
// answers with upper-case names. Fields the seed does not show (AMOUNT, CURRENCY and MERCHANTTXID in
// status answers, REFUND and CANCELTX, the notification) follow PPRO's "girogate" API as published.
import { z } from "zod";

const digits = z.string().regex(/^\d+$/, "must be digits");
const optional = z.string().optional();

/** Transaction statuses. The seed shows PENDING, SUCCEEDED (and FAILED by its wording); PPRO's API also reports CANCELLED and EXPIRED. */
export const PproStatusSchema = z.enum(["PENDING", "SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"]);
export type PproStatus = z.infer<typeof PproStatusSchema>;

/** What every call must send. */
const credentials = {
  login: z.string().min(1),
  password: z.string().min(1),
  contractid: z.string().min(1),
  channel: z.string().min(1),
};

/** The initial (link and pay, or plain) Bancontact TRANSACTION call. */
export const TransactionRequestSchema = z.object({
  tag: z.literal("bcmc"),
  txtype: z.literal("TRANSACTION"),
  countrycode: z.literal("BE"),
  currency: z.literal("EUR"),
  amount: digits,
  merchanttxid: z.string().min(1),
  ...credentials,
  merchantredirecturl: z.url(),
  notificationurl: z.url().optional(),
  "specin.dynamicdescriptor": optional,
  "specin.linkcard": z.enum(["", "wiplinkandpay"]).optional(),
  accountholdername: optional,
  returnmode: z.literal("urlencodeext"),
});
export type TransactionRequest = z.infer<typeof TransactionRequestSchema>;

/** A Wallet Initiated Payment on a linked card: synchronous, no shopper. */
export const WipTransactionRequestSchema = z.object({
  tag: z.literal("bancontactwip"),
  txtype: z.literal("TRANSACTION"),
  countrycode: z.literal("BE"),
  currency: z.literal("EUR"),
  amount: digits,
  merchanttxid: z.string().min(1),
  ...credentials,
  merchantredirecturl: z.url(),
  notificationurl: z.url().optional(),
  "specin.dynamicdescriptor": optional,
  "specin.cardtoken": z.string().min(1),
  "specin.initiation": z.enum(["consumer", "merchant"]),
  accountholdername: optional,
  returnmode: z.literal("urlencodeext"),
});
export type WipTransactionRequest = z.infer<typeof WipTransactionRequestSchema>;

/** Every answer starts with this; FAILED carries the reason in ERRMSG and nothing else is reliable. */
export const RequestStatusSchema = z.object({
  REQUESTSTATUS: z.enum(["SUCCEEDED", "FAILED"]),
  ERRMSG: optional,
});

/** YYYY-MM in status answers, YYMM in WIP answers (the seed shows both). */
export const CardExpirySchema = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|\d{2}(0[1-9]|1[0-2]))$/, "must be YYYY-MM or YYMM");

/** The answer to TRANSACTION, GETTXSTATUS and CANCELTX: one transaction as PPRO knows it. */
export const TransactionResultSchema = z.object({
  REQUESTSTATUS: z.literal("SUCCEEDED"),
  STATUS: PproStatusSchema,
  TXID: digits,
  ERRMSG: optional,
  CHANNEL: optional,
  TAG: optional,
  MERCHANTTXID: optional,
  AMOUNT: digits.optional(),
  CURRENCY: optional,
  REDIRECTSECRET: optional,
  REDIRECTURL: z.url().optional(),
  "SPECOUT.BEPURL": z.string().regex(/^BEP:\/\//i, "must be a BEP:// payload").optional(),
  "SPECOUT.CARDBIN": z.string().regex(/^\d{6,8}$/, "must be 6 to 8 digits").optional(),
  "SPECOUT.CARDEXPIRY": CardExpirySchema.optional(),
  "SPECOUT.CARDLAST4DIGITS": z.string().regex(/^\d{4}$/, "must be 4 digits").optional(),
  "SPECOUT.CARDTOKEN": z.string().min(1).optional(),
  "SPECOUT.PAYMENTPURPOSE": optional,
  "SPECOUT.SRCBIC": optional,
  "SPECOUT.SRCCOUNTRY": optional,
  "SPECOUT.SRCIBAN": optional,
  "SPECOUT.TRANSACTIONFLOW": optional,
});
export type TransactionResult = z.infer<typeof TransactionResultSchema>;

/** The answer to REFUND. */
export const RefundResultSchema = z.object({
  REQUESTSTATUS: z.literal("SUCCEEDED"),
  STATUS: z.enum(["PENDING", "SUCCEEDED", "FAILED"]),
  REFUNDTXID: z.string().min(1),
  TXID: digits.optional(),
  AMOUNT: digits.optional(),
  ERRMSG: optional,
});

/** PPRO's push notification, read with lower-cased names. Only TXID is used, and only to ask again. */
export const NotificationSchema = z.object({
  txid: digits,
  notificationtype: optional,
  merchanttxid: optional,
  channel: optional,
});
