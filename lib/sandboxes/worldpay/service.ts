// The Worldpay sandbox: APM payments kept as SandboxRecords, the hosted Bancontact page's
// outcomes, reversals, and the Events webhooks they cause. Where seed 003 is silent it follows
// Worldpay's public APM reference (see docs/providers/worldpay.md).
import { randomBytes } from "node:crypto";
import { sameSecret } from "../http-common";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { env } from "../../env";
import { priorRefund, recordRefund } from "../refunds";
import { acceptRefund, refundedSoFar, refundList, settleDueRefunds } from "./refunds";
import { deliverEvent, newEventId } from "./webhooks";
import {
  apiError,
  CreateBody,
  createdJson,
  eventJson,
  MAX_SINGLE_REFUND,
  PartialReversalBody,
  paymentJson,
  schemaError,
  StoredPaymentSchema,
  validateCreate,
  toValidationErrors,
  type StoredPayment,
  type WorldpayApiError,
} from "./wire";

export const baseUrl = () => `${env().appUrl}/sandbox/worldpay`;
const webhookUrl = () => `${env().appUrl}/api/webhooks/worldpay`;
const PROVIDER = "worldpay";
const REFUND_WINDOW_MS = 180 * 24 * 3600 * 1000;
const PAID_EVENTS = ["sentForSettlement", "settled", "sentForRefund", "refunded", "refundFailed"];

export type ApiResult = { status: number; body: unknown };
const fail = (e: WorldpayApiError): ApiResult => ({ status: e.status, body: e.body });
const notFound = (id: string) => fail(apiError(404, "resourceNotFound", `No APM payment ${id}`));


export function authenticate(header: string | null): ApiResult | null {
  const decoded = Buffer.from(/^Basic\s+(.+)$/i.exec(header ?? "")?.[1] ?? "", "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const user = colon < 0 ? "" : decoded.slice(0, colon);
  const pass = colon < 0 ? "" : decoded.slice(colon + 1);
  const { worldpayUsername, worldpayPassword } = env().sandbox;
  // Both compared in full, in constant time.
  const userOk = sameSecret(user, worldpayUsername);
  const passOk = sameSecret(pass, worldpayPassword);
  if (userOk && passOk) return null;
  return fail(apiError(401, "accessDenied", "Access to the requested resource has been denied"));
}

/** Opaque like the seed's: a base64 header, a dot, and base64 with ':' where '/' would be. */
function newPaymentId(): string {
  const head = Buffer.from(JSON.stringify({ k: "apm-sandbox", linkVersion: "6.0.0" })).toString("base64");
  return `${head}.${randomBytes(96).toString("base64").replace(/\//g, ":")}`;
}
const newCommandId = () => `cmd${randomBytes(16).toString("base64url").slice(0, 22)}`;

async function load(id: string): Promise<{ payment: StoredPayment; createdAt: Date } | null> {
  const row = await (await db()).sandboxRecord.findUnique({ where: { id } });
  if (!row || row.provider !== PROVIDER || row.kind !== "payment") return null;
  return { payment: StoredPaymentSchema.parse(row.data), createdAt: row.createdAt };
}

export async function findPayment(id: string): Promise<StoredPayment | null> {
  return (await load(id))?.payment ?? null;
}

export async function createPayment(body: unknown): Promise<ApiResult> {
  const errors = validateCreate(body, env().sandbox.worldpayEntity);
  if (errors.length > 0) return fail(schemaError(errors));
  const b = CreateBody.parse(body);
  const instruction = b.instruction;
  const prisma = await db();
  // A repeated transactionReference is our client retrying: the same payment answers again.
  const seen = await prisma.sandboxRecord.findFirst({ where: { provider: PROVIDER, kind: "payment", ref: b.transactionReference } });
  if (seen) {
    const prior = StoredPaymentSchema.parse(seen.data);
    if (prior.amount !== instruction.value.amount) {
      return fail(schemaError([{ errorName: "fieldHasInvalidValue", message: "transactionReference was already used for another payment", jsonPath: "$.transactionReference" }]));
    }
    return { status: 201, body: createdJson(prior, baseUrl()) };
  }
  const payment: StoredPayment = {
    paymentId: newPaymentId(),
    transactionReference: b.transactionReference,
    entity: b.merchant.entity,
    amount: instruction.value.amount,
    currency: "EUR",
    narrative: instruction.narrative.line1,
    resultUrls: instruction.resultUrls,
    ...(instruction.customer?.email ? { email: instruction.customer.email } : {}),
    lastEvent: "pending",
    commandId: newCommandId(),
  };
  await prisma.sandboxRecord.create({
    data: { id: payment.paymentId, provider: PROVIDER, kind: "payment", ref: payment.transactionReference, data: payment as Prisma.InputJsonValue },
  });
  return { status: 201, body: createdJson(payment, baseUrl()) };
}


/** A shopper who never comes back from the bank page: Worldpay expires the payment. */
const PENDING_LIFETIME_MS = 15 * 60 * 1000;

export async function getPayment(id: string): Promise<ApiResult> {
  let found = await load(id);
  if (!found) return notFound(id);
  if (found.payment.lastEvent === "pending" && Date.now() - found.createdAt.getTime() > PENDING_LIFETIME_MS) {
    await transition(id, ["pending"], "expired");
    found = (await load(id)) ?? found;
  }
  // Refunds the bank has answered since the last read: each moves lastEvent and is announced.
  for (const r of await settleDueRefunds(id)) await transition(id, PAID_EVENTS, r.lastEvent, r.amount, r.reference);
  found = (await load(id)) ?? found;
  return { status: 200, body: paymentJson(found.payment, baseUrl(), await refundedSoFar(id), await refundList(id)) };
}

/** Moves lastEvent if it is still `from`, then sends the event; null when it had moved on. */
async function transition(id: string, from: string[], to: string, eventAmount?: number, reference?: string | null): Promise<StoredPayment | null> {
  const prisma = await db();
  const found = await load(id);
  if (!found || !from.includes(found.payment.lastEvent)) return null;
  const next: StoredPayment = { ...found.payment, lastEvent: to };
  // Guarded on the stored lastEvent so that two clicks at once move the payment only once.
  const moved = await prisma.sandboxRecord.updateMany({
    where: { id, data: { path: ["lastEvent"], equals: found.payment.lastEvent } },
    data: { data: next as Prisma.InputJsonValue },
  });
  if (moved.count === 0) return null;
  await deliverEvent(prisma, webhookUrl(), id, eventJson(next, to, baseUrl(), newEventId(), new Date(), eventAmount, reference ?? undefined));
  return next;
}

export type BankOutcome = "approve" | "decline" | "cancel";

/** The shopper's choice on the hosted page; returns where the browser goes next. */
export async function decide(id: string, outcome: BankOutcome): Promise<string | null> {
  const found = await load(id);
  if (!found) return null;
  const urls = found.payment.resultUrls;
  if (outcome === "approve") {
    // Bancontact settles on its own: authorized, then straight on to sentForSettlement.
    if (await transition(id, ["pending"], "authorized")) await transition(id, ["authorized"], "sentForSettlement");
  } else {
    await transition(id, ["pending"], outcome === "decline" ? "refused" : "cancelled");
  }
  const now = (await load(id))?.payment.lastEvent ?? found.payment.lastEvent;
  if (PAID_EVENTS.includes(now) || now === "authorized") return urls.success;
  if (now === "pending") return urls.pending ?? urls.success;
  if (now === "cancelled") return urls.cancel ?? urls.failure ?? urls.success;
  return urls.failure ?? urls.cancel ?? urls.success;
}

function accepted(id: string, commandId: string): ApiResult {
  return { status: 202, body: { commandId, _links: { self: { href: `${baseUrl()}/apmPayments/${id}` } } } };
}

/** Full reversal: a cancel while authorized, a refund of what is left once paid. */
export async function reverse(id: string): Promise<ApiResult> {
  const found = await load(id);
  if (!found) return notFound(id);
  const p = found.payment;
  if (p.lastEvent === "authorized") {
    await transition(id, ["authorized"], "cancelled");
    return accepted(id, newCommandId());
  }
  const left = p.amount - (await refundedSoFar(id));
  if (!PAID_EVENTS.includes(p.lastEvent) || left <= 0) return fail(apiError(400, "actionNotAllowed", `A reversal is not possible when lastEvent is ${p.lastEvent}`));
  return refund(id, p, found.createdAt, left, null);
}

async function refund(id: string, p: StoredPayment, createdAt: Date, amount: number, reference: string | null): Promise<ApiResult> {
  if (Date.now() - createdAt.getTime() > REFUND_WINDOW_MS) return fail(apiError(400, "actionNotAllowed", "Bancontact payments can be refunded for 180 days"));
  const r = await recordRefund(PROVIDER, "cmd", id, amount, reference);
  await acceptRefund(id, r.id, amount, reference);
  // Accepted, not done: the bank settles it later (./refunds.ts), as Worldpay's does.
  await transition(id, PAID_EVENTS, "sentForRefund", amount, reference);
  return accepted(id, r.id);
}

export async function partialReverse(id: string, body: unknown): Promise<ApiResult> {
  const parsed = PartialReversalBody.safeParse(body);
  if (!parsed.success) return fail(schemaError(toValidationErrors(body, parsed.error.issues)));
  const { value, reference } = parsed.data;
  const prior = await priorRefund(reference ?? null);
  if (prior && prior.paymentRef === id) return accepted(id, prior.id);
  const found = await load(id);
  if (!found) return notFound(id);
  const p = found.payment;
  if (!PAID_EVENTS.includes(p.lastEvent)) return fail(apiError(400, "actionNotAllowed", `A partial reversal is not possible when lastEvent is ${p.lastEvent}`));
  const left = p.amount - (await refundedSoFar(id));
  const amountError = (message: string) => fail(schemaError([{ errorName: "fieldHasInvalidValue", message, jsonPath: "$.value.amount" }]));
  if (value.currency !== "EUR") return fail(schemaError([{ errorName: "fieldHasInvalidValue", message: "Must be the payment's currency, EUR", jsonPath: "$.value.currency" }]));
  if (value.amount < 1) return amountError("Amount must be at least 1");
  if (value.amount > MAX_SINGLE_REFUND) return amountError("A single Bancontact refund is at most 3,000 EUR");
  if (value.amount > left) return amountError(`Amount is more than the ${left} cents left to refund`);
  return refund(id, p, found.createdAt, value.amount, reference ?? null);
}

export async function recentPayments(limit = 20): Promise<StoredPayment[]> {
  const rows = await (await db()).sandboxRecord.findMany({ where: { provider: PROVIDER, kind: "payment" }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((r) => StoredPaymentSchema.parse(r.data));
}
