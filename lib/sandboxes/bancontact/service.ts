// The Bancontact Payconiq sandbox: Payment API v3 payments with QR payload and deep link, moved
// through their statuses by the app simulator, expiring, and reported by signed callbacks.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "../../db/client";
import type { SandboxBancontactPayment } from "../../db/generated/client";
import { env } from "../../env";
import { priorRefund, recordRefund, refundsOf } from "../refunds";
import { queueCallback, type DeliveryMode } from "./callbacks";
import { signCallback } from "./jws";

export const baseUrl = () => `${env().appUrl}/sandbox/bancontact`;
const PAYMENT_LIFETIME_MS = 20 * 60 * 1000;
const FINAL = ["SUCCEEDED", "FAILED", "AUTHORIZATION_FAILED", "CANCELLED", "EXPIRED", "VOIDED"];
const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export type ApiResult = { status: number; body: unknown };
const error = (status: number, code: string, message: string): ApiResult => ({ status, body: { code, message, traceId: randomBytes(8).toString("hex") } });

const CreateBody = z.object({
  amount: z.number().int().positive(),
  currency: z.literal("EUR"),
  description: z.string().max(140).optional(),
  reference: z.string().max(35).optional(),
  callbackUrl: z.url(),
  returnUrl: z.url().optional(),
});

/** What the QR code encodes and the deep link opens: a link to the (simulated) app. */
export const payLink = (id: string) => `${baseUrl()}/app/pay/2/${id}`;

function json(p: SandboxBancontactPayment) {
  const self = `${baseUrl()}/v3/payments/${p.id}`;
  return {
    paymentId: p.id,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    expiresAt: p.expiresAt.toISOString(),
    ...(p.succeededAt ? { succeededAt: p.succeededAt.toISOString() } : {}),
    amount: p.amount,
    currency: p.currency,
    ...(p.description ? { description: p.description } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
    ...(p.debtorIban ? { debtor: { iban: p.debtorIban, ...(p.debtorName ? { name: p.debtorName } : {}) } } : {}),
    creditor: { profileId: p.profileId, name: "Maison Praline", callbackUrl: p.callbackUrl },
    _links: {
      self: { href: self },
      deeplink: { href: p.returnUrl ? `${payLink(p.id)}?returnUrl=${encodeURIComponent(p.returnUrl)}` : payLink(p.id) },
      qrcode: { href: `${baseUrl()}/qrcode?c=${encodeURIComponent(payLink(p.id))}` },
      cancel: { href: self },
    },
  };
}

/** The callback body of seed 004. */
function callbackBody(p: SandboxBancontactPayment): string {
  return JSON.stringify({
    paymentId: p.id,
    currency: p.currency,
    amount: p.amount,
    ...(p.description ? { description: p.description } : {}),
    ...(p.reference ? { reference: p.reference } : {}),
    createdAt: p.createdAt.toISOString(),
    expireAt: p.expiresAt.toISOString(),
    ...(p.succeededAt ? { succeededAt: p.succeededAt.toISOString() } : {}),
    status: p.status,
    ...(p.debtorIban ? { debtor: { iban: p.debtorIban, ...(p.debtorName ? { name: p.debtorName } : {}) } } : {}),
  });
}

export async function deliveryMode(): Promise<DeliveryMode> {
  const s = await (await db()).sandboxSetting.findUnique({ where: { key: "bancontact.delivery" } });
  return s?.value === "twice" || s?.value === "reverse" ? s.value : "normal";
}

export async function setDeliveryMode(mode: DeliveryMode): Promise<void> {
  await (await db()).sandboxSetting.upsert({ where: { key: "bancontact.delivery" }, update: { value: mode }, create: { key: "bancontact.delivery", value: mode } });
}

/** Moves a payment if it is in one of `from`, then calls the merchant back. */
async function move(id: string, from: string[], data: Partial<SandboxBancontactPayment> & { status: string }): Promise<SandboxBancontactPayment | null> {
  const prisma = await db();
  const moved = await prisma.sandboxBancontactPayment.updateMany({ where: { id, status: { in: from } }, data });
  if (moved.count === 0) return null;
  const p = await prisma.sandboxBancontactPayment.findUniqueOrThrow({ where: { id } });
  const body = callbackBody(p);
  const signature = await signCallback(body, new URL(p.callbackUrl).pathname, p.profileId);
  await queueCallback(prisma, { url: p.callbackUrl, body, signature, paymentRef: p.id, mode: await deliveryMode(), final: FINAL.includes(p.status) });
  return p;
}

/** Payments past their expiry are expired when next looked at, as the provider's own job would. */
async function expireIfDue(p: SandboxBancontactPayment): Promise<SandboxBancontactPayment> {
  if ((p.status === "PENDING" || p.status === "IDENTIFIED") && p.expiresAt.getTime() <= Date.now()) {
    return (await move(p.id, ["PENDING", "IDENTIFIED"], { status: "EXPIRED" })) ?? p;
  }
  return p;
}

export async function findPayment(id: string): Promise<SandboxBancontactPayment | null> {
  const p = await (await db()).sandboxBancontactPayment.findUnique({ where: { id } });
  return p ? expireIfDue(p) : null;
}

export async function createPayment(body: unknown): Promise<ApiResult> {
  const parsed = CreateBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return error(400, "INVALID_INPUT", `${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  const d = parsed.data;
  const id = Array.from(randomBytes(24), (b) => ALNUM[b % ALNUM.length]).join("");
  const p = await (await db()).sandboxBancontactPayment.create({
    data: {
      id,
      profileId: env().sandbox.bancontactProfileId,
      amount: d.amount,
      currency: d.currency,
      description: d.description ?? null,
      reference: d.reference ?? null,
      callbackUrl: d.callbackUrl,
      returnUrl: d.returnUrl ?? null,
      status: "PENDING",
      expiresAt: new Date(Date.now() + PAYMENT_LIFETIME_MS),
    },
  });
  return { status: 201, body: json(p) };
}

export async function getPayment(id: string): Promise<ApiResult> {
  const p = await findPayment(id);
  return p ? { status: 200, body: json(p) } : error(404, "PAYMENT_NOT_FOUND", "Payment not found");
}

export async function cancelPayment(id: string): Promise<ApiResult> {
  const p = await findPayment(id);
  if (!p) return error(404, "PAYMENT_NOT_FOUND", "Payment not found");
  const done = await move(id, ["PENDING", "IDENTIFIED"], { status: "CANCELLED" });
  return done ? { status: 204, body: null } : error(422, "PAYMENT_CANNOT_BE_CANCELLED", `Payment is ${p.status}`);
}

export type AppAction = "scan" | "confirm" | "decline" | "cancel" | "expire";

/** What the consumer does in the (simulated) Bancontact app. */
export async function appAction(id: string, action: AppAction): Promise<SandboxBancontactPayment | null> {
  const p = await findPayment(id);
  if (!p) return null;
  switch (action) {
    case "scan":
      await move(id, ["PENDING"], { status: "IDENTIFIED" });
      break;
    case "confirm":
      if (await move(id, ["IDENTIFIED"], { status: "AUTHORIZED", debtorName: "Jan", debtorIban: "*************12636" })) {
        await move(id, ["AUTHORIZED"], { status: "SUCCEEDED", succeededAt: new Date() });
      }
      break;
    case "decline":
      await move(id, ["IDENTIFIED"], { status: "AUTHORIZATION_FAILED" });
      break;
    case "cancel":
      await move(id, ["IDENTIFIED"], { status: "CANCELLED" });
      break;
    case "expire":
      await move(id, ["PENDING", "IDENTIFIED"], { status: "EXPIRED", expiresAt: new Date() });
      break;
  }
  return findPayment(id);
}

export async function recentPayments(limit = 20) {
  return (await db()).sandboxBancontactPayment.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

const RefundBody = z.object({ amount: z.number().int().positive(), currency: z.literal("EUR"), description: z.string().max(140).optional() });

/** Refunds (assumed shape, see docs/providers/bancontact.md): partial and several, up to the amount. */
export async function createRefund(paymentId: string, body: unknown, idempotencyKey: string | null): Promise<ApiResult> {
  const toJson = (r: { id: string; amount: number; paymentRef: string; createdAt: Date }) => ({
    refundId: r.id,
    paymentId: r.paymentRef,
    amount: r.amount,
    currency: "EUR",
    status: "SUCCEEDED",
    createdAt: r.createdAt.toISOString(),
  });
  const prior = await priorRefund(idempotencyKey);
  if (prior) return { status: 201, body: toJson(prior) };
  const parsed = RefundBody.safeParse(body);
  if (!parsed.success) return error(400, "INVALID_INPUT", `${parsed.error.issues[0]?.path.join(".") ?? "body"}: ${parsed.error.issues[0]?.message}`);
  const p = await findPayment(paymentId);
  if (!p) return error(404, "PAYMENT_NOT_FOUND", "Payment not found");
  if (p.status !== "SUCCEEDED") return error(422, "PAYMENT_NOT_REFUNDABLE", `Payment is ${p.status}`);
  const refunded = (await refundsOf("bancontact", p.id)).reduce((sum, r) => sum + r.amount, 0);
  if (refunded + parsed.data.amount > p.amount) return error(422, "REFUND_AMOUNT_EXCEEDED", `At most ${p.amount - refunded} cents can still be refunded`);
  return { status: 201, body: toJson(await recordRefund("bancontact", "", p.id, parsed.data.amount, idempotencyKey)) };
}
