// The PPRO sandbox: Bancontact payment agreements with their initial charge, the shopper's
// answer on the bank page or in the app, and the webhooks each change sends.
import { db } from "../../db/client";
import { env } from "../../env";
import { refundsOf } from "../refunds";
import {
  findAgreement,
  findCharge,
  insertAgreement,
  insertCharge,
  saveAgreement,
  saveCharge,
  withLockedCharge,
  type AgreementRecord,
  type ChargeRecord,
  type Tx,
} from "./store";
import { checkAgreement } from "./validate";
import { sendEvent } from "./webhooks";
import { agreementJson, bepSecret, chargeJson, failure, pproId, type AgreementData, type ApiResult, type ChargeData } from "./wire";

export const payUrl = (chargeId: string) => `${env().appUrl}/sandbox/ppro/pay/${chargeId}`;
const defaultWebhooksUrl = () => `${env().appUrl}/api/webhooks/ppro`;
const now = () => new Date().toISOString();

export async function renderCharge(c: ChargeRecord) {
  return chargeJson(c, await refundsOf("ppro", c.id), payUrl(c.id));
}

async function renderAgreement(a: AgreementRecord) {
  return agreementJson(a, await findCharge(a.data.initialPaymentChargeId), payUrl(a.data.initialPaymentChargeId));
}

export async function createAgreement(body: unknown): Promise<ApiResult> {
  const v = checkAgreement(body);
  if (!v.ok) return v.error;
  const d = v.value;
  const agreementId = pproId("agr");
  const chargeId = pproId("charge");
  const instrumentId = pproId("instr");
  const at = now();
  const agreement: AgreementData = {
    status: "AUTHENTICATION_PENDING",
    description: d.description,
    merchantPaymentAgreementReference: d.merchantPaymentAgreementReference,
    startDate: d.startDate ? new Date(d.startDate).toISOString() : undefined,
    amount: d.amount,
    amountType: d.amountType,
    instrumentId,
    consumer: d.consumer,
    webhooksUrl: d.webhooksUrl ?? defaultWebhooksUrl(),
    returnUrl: d.returnUrl,
    history: [{ id: pproId("ahist"), status: "AUTHENTICATION_PENDING", createdAt: at }],
    initialPaymentChargeId: chargeId,
  };
  const charge: ChargeData = {
    agreementId,
    status: "AUTHENTICATION_PENDING",
    amount: d.initial.amount.value,
    currency: d.initial.amount.currency,
    paymentDescriptor: d.initial.paymentDescriptor ?? "Bancontact Sandbox",
    merchantPaymentChargeReference: d.initial.merchantPaymentChargeReference,
    autoCapture: d.initial.autoCapture,
    instrumentId,
    consumer: d.consumer,
    webhooksUrl: agreement.webhooksUrl,
    returnUrl: d.returnUrl,
    bepSecret: bepSecret(),
    authorizations: [
      {
        id: pproId("authz"),
        amount: d.initial.amount.value,
        status: "AUTHENTICATION_PENDING",
        merchantPaymentChargeReference: d.initial.merchantPaymentChargeReference,
        createdAt: at,
        updatedAt: at,
      },
    ],
    captures: [],
    voids: [],
  };
  await (await db()).$transaction(async (tx) => {
    await insertAgreement(tx, agreementId, agreement);
    await insertCharge(tx, chargeId, charge);
  });
  return { status: 200, body: await renderAgreement((await findAgreement(agreementId))!) };
}

export async function getAgreement(id: string): Promise<ApiResult> {
  const a = await findAgreement(id);
  return a ? { status: 200, body: await renderAgreement(a) } : failure(404, "Payment agreement not found");
}

export async function getCharge(id: string): Promise<ApiResult> {
  const c = await findCharge(id);
  return c ? { status: 200, body: await renderCharge(c) } : failure(404, "Payment charge not found");
}

/** Moves an agreement to a new status, with its history; returns it when it changed. */
export async function moveAgreement(tx: Tx, id: string, status: AgreementData["status"], from: AgreementData["status"][]) {
  const a = await findAgreement(id, tx);
  if (!a || !from.includes(a.data.status)) return null;
  const data: AgreementData = { ...a.data, status, history: [...a.data.history, { id: pproId("ahist"), status, createdAt: now() }] };
  await saveAgreement(tx, id, data);
  return { ...a, data };
}

/** Sends the charge's event, then its agreement's when that changed too. */
export async function announce(chargeId: string, chargeEvent: string, agreementChanged: boolean): Promise<void> {
  const c = (await findCharge(chargeId))!;
  await sendEvent(c.data.webhooksUrl, c.id, chargeEvent, await renderCharge(c));
  if (agreementChanged) {
    const a = (await findAgreement(c.data.agreementId))!;
    await sendEvent(c.data.webhooksUrl, c.id, `PAYMENT_AGREEMENT_${a.data.status}`, await renderAgreement(a));
  }
}

export type Outcome = "approve" | "decline" | "abandon";

/**
 * The shopper's answer on the bank page or in the app. Only a charge waiting for the shopper
 * moves; returns where the bank page sends the browser (PPRO's failure URL adds isFailure=true,
 * as the seed's redirection token shows), or null for an unknown charge.
 */
export async function decide(chargeId: string, outcome: Outcome): Promise<string | null> {
  const result = await withLockedCharge(chargeId, async (c, tx) => {
    if (!c) return null;
    if (outcome === "abandon" || c.data.status !== "AUTHENTICATION_PENDING") return { c, event: null, agreementChanged: false };
    const at = now();
    const approved = outcome === "approve";
    const authz = c.data.authorizations.map((a, i) => (i === 0 ? { ...a, status: approved ? "SUCCEEDED" : "FAILED", updatedAt: at } : a));
    const fail = { failureType: "PROVIDER_DECLINE", failureCode: "DECLINED_BY_CONSUMER", providerFailureCode: "BCMC_REFUSED", failureMessage: "The consumer refused the payment in the Bancontact app" };
    const data: ChargeData = approved
      ? {
          ...c.data,
          status: c.data.autoCapture ? "CAPTURED" : "CAPTURE_PENDING",
          authorizations: authz,
          captures: c.data.autoCapture ? [{ id: pproId("capture"), amount: c.data.amount, status: "SUCCEEDED", createdAt: at, updatedAt: at }] : [],
        }
      : { ...c.data, status: "FAILED", failure: fail, authorizations: authz.map((a, i) => (i === 0 ? { ...a, failure: fail } : a)) };
    await saveCharge(tx, c.id, data);
    const moved = await moveAgreement(tx, c.data.agreementId, approved ? "ACTIVE" : "FAILED", ["AUTHENTICATION_PENDING"]);
    const event = approved ? (c.data.autoCapture ? "PAYMENT_CHARGE_CAPTURE_SUCCEEDED" : "PAYMENT_CHARGE_AUTHORIZATION_SUCCEEDED") : "PAYMENT_CHARGE_AUTHORIZATION_FAILED";
    return { c: { ...c, data }, event, agreementChanged: moved !== null };
  });
  if (!result) return null;
  // Delivered before the shopper is sent back, so the shop knows first.
  if (result.event) await announce(chargeId, result.event, result.agreementChanged);
  const back = result.c.data.returnUrl;
  if (!back) return null;
  const url = new URL(back);
  if (result.c.data.status !== "CAPTURED" && result.c.data.status !== "CAPTURE_PENDING") url.searchParams.set("isFailure", "true");
  return url.toString();
}
