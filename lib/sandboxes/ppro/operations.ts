// The PPRO sandbox's operations after creation: Wallet Initiated Payments on an active agreement,
// refunds (several partial ones, up to what was captured), voids of what is not captured yet,
// and revoking an agreement.
import { randomBytes } from "node:crypto";
import { db } from "../../db/client";
import { announce, getAgreement, moveAgreement, renderCharge } from "./service";
import { findAgreement, findCharge, insertCharge, saveCharge, withLockedCharge, type AgreementRecord } from "./store";
import { checkAmount, WIP_MAX } from "./validate";
import { sendEvent } from "./webhooks";
import { bepSecret, failure, pproId, type ApiResult, type ChargeData, type Failure } from "./wire";

const now = () => new Date().toISOString();

/** Magic amount: a Wallet Initiated Payment of 66.66 EUR is declined by the issuer. */
export const DECLINED_WIP_AMOUNT = 6666;
/**
 * Magic amount: a Wallet Initiated Payment of 77.77 EUR makes the issuer ask the cardholder to
 * authenticate it (AUTHENTICATION_PENDING with the seed's three authenticationMethods); the bank
 * page or the app then completes it as it does an agreement's initial charge.
 */
export const AUTHENTICATION_WIP_AMOUNT = 7777;

/** The REDIRECT returnUrl a subsequent charge may carry, as an agreement's does. */
function chargeReturnUrl(body: unknown): { ok: true; value: string | null } | { ok: false; error: ApiResult } {
  const settings = (body as { authenticationSettings?: unknown } | null)?.authenticationSettings;
  if (settings === undefined) return { ok: true, value: null };
  if (!Array.isArray(settings)) return { ok: false, error: failure(400, "authenticationSettings must be an array") };
  let url: string | null = null;
  for (const s of settings as unknown[]) {
    const item = s as { type?: unknown; settings?: { returnUrl?: unknown } } | null;
    if (item?.type !== "REDIRECT") return { ok: false, error: failure(400, "authenticationSettings[].type must be REDIRECT") };
    const value = item.settings?.returnUrl;
    if (typeof value !== "string" || !URL.canParse(value)) return { ok: false, error: failure(400, "authenticationSettings[].settings.returnUrl must be a URL") };
    url = value;
  }
  return { ok: true, value: url };
}

export async function createSubsequentCharge(agreementId: string, body: unknown): Promise<ApiResult> {
  const a = await findAgreement(agreementId);
  if (!a) return failure(400, "Payment agreement not found");
  const amount = checkAmount((body as { amount?: unknown } | null)?.amount, "amount");
  if (!amount.ok) return amount.error;
  const value = amount.value.value;
  const reference = (body as { merchantPaymentChargeReference?: unknown } | null)?.merchantPaymentChargeReference;
  if (reference !== undefined && (typeof reference !== "string" || reference.length === 0 || reference.length > 256)) {
    return failure(400, "merchantPaymentChargeReference must be a non-empty string of at most 256 characters");
  }
  const back = chargeReturnUrl(body);
  if (!back.ok) return back.error;
  if (value > WIP_MAX) return failure(400, `amount.value exceeds the maximum of ${WIP_MAX} for a Wallet Initiated Payment`);
  if (a.data.amountType === "EXACT" && a.data.amount && value !== a.data.amount.value) return failure(400, "amount.value must equal the agreement's amount (EXACT)");
  if (a.data.amountType === "MAX" && a.data.amount && value > a.data.amount.value) return failure(400, "amount.value exceeds the agreement's maximum amount");
  // PPRO accepts the request and answers with a failed charge when the agreement cannot be charged.
  const inactive: Failure | null =
    a.data.status === "REVOKED"
      ? { failureType: "INTERNAL_DECLINE", failureCode: "AGREEMENT_REVOKED", failureMessage: "Payment agreement revoked" }
      : a.data.status !== "ACTIVE"
        ? { failureType: "INTERNAL_DECLINE", failureCode: "AGREEMENT_INACTIVE", failureMessage: "Payment agreement is not active" }
        : value === DECLINED_WIP_AMOUNT
          ? { failureType: "PROVIDER_DECLINE", failureCode: "INSUFFICIENT_FUNDS", providerFailureCode: "BCMC_51", failureMessage: "Insufficient funds" }
          : null;
  const at = now();
  const id = pproId("charge");
  if (!inactive && value === AUTHENTICATION_WIP_AMOUNT) return askAuthentication(a, id, value, amount.value.currency, reference, back.value);
  const data: ChargeData = {
    agreementId,
    status: inactive ? "FAILED" : "CAPTURED",
    amount: value,
    currency: amount.value.currency,
    paymentDescriptor: a.data.description ?? "Bancontact Sandbox",
    ...(reference ? { merchantPaymentChargeReference: reference } : {}),
    autoCapture: true,
    instrumentId: a.data.instrumentId,
    consumer: a.data.consumer,
    webhooksUrl: a.data.webhooksUrl,
    returnUrl: null,
    bepSecret: null,
    ...(inactive ? { failure: inactive } : {}),
    authorizations: [
      { id: pproId("authz"), amount: value, status: inactive ? "FAILED" : "SUCCEEDED", ...(reference ? { merchantPaymentChargeReference: reference } : {}), ...(inactive ? { failure: inactive } : {}), createdAt: at, updatedAt: at },
    ],
    captures: inactive ? [] : [{ id: pproId("capture"), amount: value, status: "SUCCEEDED", createdAt: at, updatedAt: at }],
    voids: [],
  };
  await insertCharge(await db(), id, data);
  const c = (await findCharge(id))!;
  const json = await renderCharge(c);
  await sendEvent(data.webhooksUrl, id, inactive ? "PAYMENT_CHARGE_AUTHORIZATION_FAILED" : "PAYMENT_CHARGE_CAPTURE_SUCCEEDED", json);
  return { status: 200, body: json };
}

/**
 * A subsequent charge the issuer wants the cardholder to authenticate: it waits, with the bank
 * page, the app intent and the QR code, until decide() (lib/sandboxes/ppro/service.ts) settles it
 * and sends its PAYMENT_CHARGE_* event. Without a returnUrl the bank page sends the cardholder back
 * to the agreement's.
 */
async function askAuthentication(a: AgreementRecord, id: string, value: number, currency: string, reference: unknown, returnUrl: string | null): Promise<ApiResult> {
  const at = now();
  const ref = typeof reference === "string" ? { merchantPaymentChargeReference: reference } : {};
  const data: ChargeData = {
    agreementId: a.id,
    status: "AUTHENTICATION_PENDING",
    amount: value,
    currency,
    paymentDescriptor: a.data.description ?? "Bancontact Sandbox",
    ...ref,
    autoCapture: true,
    instrumentId: a.data.instrumentId,
    consumer: a.data.consumer,
    webhooksUrl: a.data.webhooksUrl,
    returnUrl: returnUrl ?? a.data.returnUrl,
    bepSecret: bepSecret(),
    authorizations: [{ id: pproId("authz"), amount: value, status: "AUTHENTICATION_PENDING", ...ref, createdAt: at, updatedAt: at }],
    captures: [],
    voids: [],
  };
  await insertCharge(await db(), id, data);
  return { status: 200, body: await renderCharge((await findCharge(id))!) };
}

/** Refund amounts: a bare integer (as the charge's operations show) or { value, currency }. */
function refundAmount(body: unknown, refundable: number): { ok: true; value: number } | { ok: false; error: ApiResult } {
  const raw = (body as { amount?: unknown } | null)?.amount;
  if (raw === undefined) return { ok: true, value: refundable };
  if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 1) return { ok: false, error: failure(400, "amount must be an integer of at least 1") };
    return { ok: true, value: raw };
  }
  const a = checkAmount(raw, "amount");
  return a.ok ? { ok: true, value: a.value.value } : a;
}

export async function refundCharge(chargeId: string, body: unknown, idempotencyKey: string | null): Promise<ApiResult> {
  const result = await withLockedCharge(chargeId, async (c, tx) => {
    if (!c) return failure(400, "Payment charge not found");
    if (c.data.status !== "CAPTURED") return failure(400, `Payment charge cannot be refunded in status ${c.data.status}`);
    const captured = c.data.captures.filter((x) => x.status === "SUCCEEDED").reduce((s, x) => s + x.amount, 0);
    const refunds = await tx.sandboxRefund.findMany({ where: { provider: "ppro", paymentRef: c.id } });
    const refundable = captured - refunds.reduce((s, r) => s + r.amount, 0);
    const amount = refundAmount(body, refundable);
    if (!amount.ok) return amount.error;
    if (amount.value > refundable) return failure(400, `Refund amount exceeds the refundable amount of ${refundable}`);
    // Within the row lock, so the same table as lib/sandboxes/refunds.ts is written on tx.
    const r = await tx.sandboxRefund.create({
      data: { id: `refund_${randomBytes(12).toString("hex")}`, provider: "ppro", paymentRef: c.id, amount: amount.value, idempotencyKey },
    });
    if (amount.value === refundable) await saveCharge(tx, c.id, { ...c.data, status: "REFUNDED" });
    const at = r.createdAt.toISOString();
    return { status: 200, body: { id: r.id, amount: r.amount, status: "SUCCEEDED", createdAt: at, updatedAt: at } };
  });
  if (result.status === 200) await announce(chargeId, "PAYMENT_CHARGE_REFUND_SUCCEEDED", false);
  return result;
}

const VOIDABLE = ["AUTHENTICATION_PENDING", "AUTHORIZATION_ASYNC", "CAPTURE_PENDING"];

/** Voids what is not captured yet; an initial charge voided leaves its agreement FAILED. */
export async function voidCharge(chargeId: string): Promise<ApiResult> {
  const result = await withLockedCharge(chargeId, async (c, tx) => {
    if (!c) return { answer: failure(400, "Payment charge not found"), agreementChanged: false };
    if (!VOIDABLE.includes(c.data.status)) return { answer: failure(400, `Payment charge cannot be voided in status ${c.data.status}`), agreementChanged: false };
    const at = now();
    const v = { id: pproId("void"), amount: c.data.amount, status: "SUCCEEDED", createdAt: at, updatedAt: at };
    const authorizations = c.data.authorizations.map((a) => (a.status === "AUTHENTICATION_PENDING" ? { ...a, status: "DISCARDED", updatedAt: at } : a));
    await saveCharge(tx, c.id, { ...c.data, status: "VOIDED", authorizations, voids: [...c.data.voids, v] });
    const moved = await moveAgreement(tx, c.data.agreementId, "FAILED", ["AUTHENTICATION_PENDING"]);
    return { answer: { status: 200, body: v } as ApiResult, agreementChanged: moved !== null };
  });
  if (result.answer.status === 200) await announce(chargeId, "PAYMENT_CHARGE_VOID_SUCCEEDED", result.agreementChanged);
  return result.answer;
}

export async function revokeAgreement(agreementId: string): Promise<ApiResult> {
  const prisma = await db();
  const before = await findAgreement(agreementId);
  if (!before) return failure(400, "Payment agreement not found");
  if (before.data.status === "REVOKED") return getAgreement(agreementId);
  if (before.data.status !== "ACTIVE") return failure(400, `Payment agreement cannot be revoked in status ${before.data.status}`);
  const moved = await prisma.$transaction((tx) => moveAgreement(tx, agreementId, "REVOKED", ["ACTIVE"]));
  const answer = await getAgreement(agreementId);
  if (moved) await sendEvent(moved.data.webhooksUrl, moved.data.initialPaymentChargeId, "PAYMENT_AGREEMENT_REVOKED", answer.body);
  return answer;
}
