// The WooshPay sandbox: PaymentIntents kept in its own table, the bank page's outcomes, and the
// webhooks they cause. Where seed 000 is silent it behaves as Stripe's PaymentIntents do.
import { randomBytes } from "node:crypto";
import { bearerToken, sameSecret } from "../http-common";
import { db } from "../../db/client";
import type { Prisma, SandboxWooshpayIntent } from "../../db/generated/client";
import { env } from "../../env";
import { priorRefund, recordRefund, refundsOf } from "../refunds";
import { deliverEvent, eventBody } from "./webhooks";
import { z } from "zod";
import { CreateIntentBody, intentJson, invalid, missing, type WooshpayApiError } from "./wire";

export const baseUrl = () => `${env().appUrl}/sandbox/wooshpay`;
const webhookUrl = () => `${env().appUrl}/api/webhooks/wooshpay`;

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");
const alnum = (n: number) => randomBytes(n * 2).toString("base64").replace(/[^A-Za-z0-9]/g, "").slice(0, n);

export type ApiResult = { status: number; body: unknown };
const fail = (e: WooshpayApiError): ApiResult => ({ status: e.status, body: { error: e.error } });

export function authenticate(header: string | null): ApiResult | null {
  if (sameSecret(bearerToken(header), env().sandbox.wooshpaySecretKey)) return null;
  return { status: 401, body: { error: { type: "authentication_error", message: "Invalid API Key provided." } } };
}

function validate(body: unknown): { ok: true; data: ReturnType<typeof CreateIntentBody.parse> } | { ok: false; error: WooshpayApiError } {
  const o = (body ?? {}) as Record<string, unknown>;
  for (const p of ["amount", "currency", "payment_method_data"]) if (o[p] === undefined) return { ok: false, error: missing(p) };
  const parsed = CreateIntentBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = issue.path.map((p, i) => (i === 0 ? String(p) : `[${String(p)}]`)).join("");
    return { ok: false, error: invalid(param, `Invalid ${param}: ${issue.message}.`) };
  }
  const d = parsed.data;
  if (d.currency.toUpperCase() !== "EUR") return { ok: false, error: invalid("currency", "Bancontact only supports EUR.", "currency_not_supported") };
  if (d.amount < 1) return { ok: false, error: invalid("amount", "Amount must be at least €0.01 eur.", "amount_too_small") };
  if (d.payment_method_data.type !== "bancontact") return { ok: false, error: invalid("payment_method_data[type]", "Only bancontact is enabled on this account.") };
  if (!d.payment_method_data.billing_details) return { ok: false, error: missing("payment_method_data[billing_details]") };
  // The seed's Bancontact request names the payer (billing_details.firstName "Tom", lastName "Hans").
  // It gives no rule for a one-word name, so firstName is what this sandbox requires; lastName may
  // be left out.
  if (!d.payment_method_data.billing_details.firstName?.trim()) return { ok: false, error: missing("payment_method_data[billing_details][firstName]") };
  if (d.confirm && !d.return_url) return { ok: false, error: missing("return_url") };
  if (d.return_url && !/^https?:\/\//.test(d.return_url)) return { ok: false, error: invalid("return_url", "Invalid URL: return_url.", "url_invalid") };
  return { ok: true, data: d };
}

export async function createIntent(body: unknown, idempotencyKey: string | null): Promise<ApiResult> {
  const prisma = await db();
  if (idempotencyKey) {
    const seen = await prisma.sandboxWooshpayIntent.findUnique({ where: { idempotencyKey } });
    if (seen) return { status: 200, body: intentJson(seen, baseUrl()) };
  }
  const v = validate(body);
  if (!v.ok) return fail(v.error);
  const d = v.data;
  const id = `pi_${digits(19)}`;
  const intent = await prisma.sandboxWooshpayIntent.create({
    data: {
      id,
      amount: d.amount,
      currency: d.currency.toUpperCase(),
      status: d.confirm ? "requires_action" : "requires_confirmation",
      merchantOrderId: d.merchant_order_id ?? null,
      returnUrl: d.return_url ?? "",
      clientSecret: `${id}_secret_${alnum(24)}`,
      paymentMethodId: `pm_${digits(19)}`,
      billingDetails: (d.payment_method_data.billing_details ?? {}) as Prisma.InputJsonValue,
      idempotencyKey,
    },
  });
  return { status: 200, body: intentJson(intent, baseUrl()) };
}

export async function getIntent(id: string): Promise<ApiResult> {
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) return fail({ status: 404, error: { type: "invalid_request_error", code: "resource_missing", param: "intent", message: `No such payment_intent: '${id}'` } });
  return { status: 200, body: intentJson(intent, baseUrl()) };
}

type Change = { status: string; amountReceived?: number; lastPaymentError?: Prisma.InputJsonValue; cancellationReason?: string };

/** Moves an intent if it is in one of `from`, then sends the matching event. */
async function transition(id: string, from: string[], change: Change, eventType: string): Promise<SandboxWooshpayIntent | null> {
  const prisma = await db();
  const moved = await prisma.sandboxWooshpayIntent.updateMany({ where: { id, status: { in: from } }, data: change });
  if (moved.count === 0) return null;
  const intent = await prisma.sandboxWooshpayIntent.findUniqueOrThrow({ where: { id } });
  await deliverEvent(prisma, webhookUrl(), eventBody(eventType, intentJson(intent, baseUrl())), env().sandbox.wooshpayWebhookSecret);
  return intent;
}

export async function cancelIntent(id: string): Promise<ApiResult> {
  const prisma = await db();
  const intent = await prisma.sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) return getIntent(id);
  const cancelable = ["requires_payment_method", "requires_confirmation", "requires_action"];
  if (!cancelable.includes(intent.status)) {
    return fail({
      status: 400,
      error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.` },
    });
  }
  await transition(id, cancelable, { status: "canceled", cancellationReason: "requested_by_customer" }, "payment_intent.canceled");
  return getIntent(id);
}

export type BankOutcome = "approve" | "approve_later" | "decline" | "abandon";

/** The shopper's choice on the bank page; returns where the browser goes next. */
export async function decide(id: string, outcome: BankOutcome): Promise<string | null> {
  const prisma = await db();
  const intent = await prisma.sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) return null;
  let redirectStatus = "failed";
  if (outcome === "approve") {
    const done = await transition(id, ["requires_action"], { status: "succeeded", amountReceived: intent.amount }, "payment_intent.succeeded");
    if (done) redirectStatus = "succeeded";
  } else if (outcome === "approve_later") {
    const done = await transition(id, ["requires_action"], { status: "processing" }, "payment_intent.processing");
    if (done) redirectStatus = "succeeded";
  } else if (outcome === "decline") {
    await transition(
      id,
      ["requires_action"],
      { status: "requires_payment_method", lastPaymentError: { code: "payment_method_declined", message: "The bank declined the payment." } },
      "payment_intent.payment_failed",
    );
  }
  const url = new URL(intent.returnUrl);
  url.searchParams.set("payment_intent", intent.id);
  url.searchParams.set("payment_intent_client_secret", intent.clientSecret);
  url.searchParams.set("redirect_status", redirectStatus);
  return url.toString();
}

/** The bank's late answer on a processing intent (sandbox dashboard). */
export async function settle(id: string, result: "succeed" | "fail"): Promise<boolean> {
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) return false;
  const done =
    result === "succeed"
      ? await transition(id, ["processing"], { status: "succeeded", amountReceived: intent.amount }, "payment_intent.succeeded")
      : await transition(
          id,
          ["processing"],
          { status: "requires_payment_method", lastPaymentError: { code: "payment_method_declined", message: "The bank declined the payment." } },
          "payment_intent.payment_failed",
        );
  return done !== null;
}

export async function recentIntents(limit = 20) {
  return (await db()).sandboxWooshpayIntent.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

const RefundBody = z.object({ payment_intent: z.string(), amount: z.number().int().positive().optional() });

/** Refunds of seed 000: full or partial, but no second partial refund on the same payment. */
export async function createRefund(body: unknown, idempotencyKey: string | null): Promise<ApiResult> {
  const toJson = (r: { id: string; amount: number; paymentRef: string; createdAt: Date }) => ({
    id: r.id,
    object: "refund",
    amount: r.amount,
    currency: "EUR",
    payment_intent: r.paymentRef,
    status: "succeeded",
    created: r.createdAt.getTime(),
  });
  const prior = await priorRefund(idempotencyKey);
  if (prior) return { status: 200, body: toJson(prior) };
  const parsed = RefundBody.safeParse(body);
  if (!parsed.success) return fail(parsed.error.issues[0]?.path[0] === "payment_intent" ? missing("payment_intent") : invalid("amount", "Invalid amount."));
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id: parsed.data.payment_intent } });
  if (!intent) return fail(invalid("payment_intent", `No such payment_intent: '${parsed.data.payment_intent}'`, "resource_missing"));
  if (intent.status !== "succeeded") return fail(invalid("payment_intent", "This PaymentIntent has not succeeded.", "charge_not_refundable"));
  const previous = await refundsOf("wooshpay", intent.id);
  if (previous.length > 0) return fail(invalid("amount", "Bancontact payments accept one refund only.", "charge_already_refunded"));
  const amount = parsed.data.amount ?? intent.amountReceived;
  if (amount > intent.amountReceived) return fail(invalid("amount", "Refund amount is greater than the amount received.", "amount_too_large"));
  return { status: 200, body: toJson(await recordRefund("wooshpay", "re_", intent.id, amount, idempotencyKey)) };
}
