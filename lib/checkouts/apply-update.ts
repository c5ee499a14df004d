// Applying what a provider says about a payment (webhook, status read, call result) to our
// records: once, under a row lock, and only when the state machine moves forward.
import type { Db } from "../db/client";
import { linkCard, sealToken } from "../cards/link-card";
import { applyWipOutcome } from "../cards/wip-outcome";
import { newId } from "../ids";
import { publishCheckoutChanged } from "../live/bus";
import { enqueueReceipt } from "../receipts/enqueue-receipt";
import type { ProviderId } from "../payments/providers";
import { decideTransition, isFinal, PaymentStatusSchema, type PaymentStatus } from "../payments/states";
import type { ProviderPaymentSnapshot } from "../providers/types";

export type ApplyResult =
  | { outcome: "unknown_payment" }
  | { outcome: "applied" | "same" | "stale"; paymentId: string; checkoutId: string; status: PaymentStatus; detail?: string };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function lockPayment(tx: Tx, provider: ProviderId, snap: ProviderPaymentSnapshot): Promise<string | null> {
  const byProviderId = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Payment" WHERE provider = ${provider} AND "providerPaymentId" = ${snap.providerPaymentId} FOR UPDATE`;
  if (byProviderId[0]) return byProviderId[0].id;
  if (!snap.ourPaymentId) return null;
  // The provider's id is not stored yet (its answer to our create call is still on its way):
  // find the payment by the id we gave the provider.
  const byOurId = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Payment" WHERE id = ${snap.ourPaymentId} AND provider = ${provider}
      AND ("providerPaymentId" IS NULL OR "providerPaymentId" = ${snap.providerPaymentId}) FOR UPDATE`;
  return byOurId[0]?.id ?? null;
}

export async function applyProviderSnapshot(
  db: Db,
  provider: ProviderId,
  snap: ProviderPaymentSnapshot,
  source: string,
  extra: { actionUrl?: string | null; qr?: { payload: string; deepLink: string | null; expiresAt: Date | null }; linkReference?: string } = {},
): Promise<ApplyResult> {
  const result = await db.$transaction(async (tx): Promise<ApplyResult> => {
    const id = await lockPayment(tx, provider, snap);
    if (!id) return { outcome: "unknown_payment" };
    const payment = await tx.payment.findUniqueOrThrow({ where: { id } });
    const from = PaymentStatusSchema.parse(payment.status);
    const decision = decideTransition(from, snap.status);
    const base = { paymentId: id, checkoutId: payment.checkoutId };
    const identity = {
      providerPaymentId: snap.providerPaymentId,
      ...(extra.actionUrl !== undefined ? { actionUrl: extra.actionUrl } : {}),
      ...(extra.qr ? { qrPayload: extra.qr.payload, deepLink: extra.qr.deepLink, expiresAt: extra.qr.expiresAt } : {}),
      ...(extra.linkReference ? { linkReferenceSealed: sealToken(extra.linkReference) } : {}),
    };
    if (decision.kind !== "apply") {
      await tx.payment.update({ where: { id }, data: identity });
      return { outcome: decision.kind, ...base, status: from, detail: decision.kind === "stale" ? decision.reason : undefined };
    }
    const now = new Date();
    const captured = snap.capturedAmount ?? (snap.status === "PAID" ? payment.amount : 0);
    await tx.payment.update({
      where: { id },
      data: {
        ...identity,
        status: snap.status,
        providerStatus: snap.providerStatus,
        capturedAmount: captured,
        failureCode: snap.failure?.code ?? null,
        failureMessage: snap.failure?.message ?? null,
        ...(isFinal(snap.status) && !payment.completedAt ? { completedAt: now } : {}),
      },
    });
    await tx.paymentEvent.create({
      data: { id: newId("pev"), paymentId: id, fromStatus: from, toStatus: snap.status, source, detail: snap.providerStatus },
    });
    await applyWipOutcome(tx, payment, snap.status, now, snap.failure?.code ?? null);
    if (snap.status === "PAID" && payment.linkCard) {
      // The card's details when the provider gives them (TRANSACTION API), else the link itself
      // (PPRO's agreement): either way, what later charges need.
      if (snap.linkedCard) await linkCard(tx, payment, snap.linkedCard);
      else if (payment.linkReferenceSealed) await linkCard(tx, payment, { sealedToken: payment.linkReferenceSealed, bin: "", last4: "", expiry: "" });
    }
    if (snap.status === "PAID" && captured !== payment.amount) {
      // Never close an order on less (or more) money than it asked for: the merchant must look.
      await tx.paymentEvent.create({
        data: { id: newId("pev"), paymentId: id, fromStatus: snap.status, toStatus: snap.status, source, detail: `amount mismatch: captured ${captured} of ${payment.amount}` },
      });
    } else if (snap.status === "PAID") {
      await tx.checkout.updateMany({ where: { id: payment.checkoutId, status: "OPEN" }, data: { status: "PAID" } });
    }
    // With the change, under the lock: a payment becomes PAID once, so its receipt leaves once.
    if (snap.status === "PAID") await enqueueReceipt(tx, id);
    return { outcome: "applied", ...base, status: snap.status };
  });
  if (result.outcome === "applied") publishCheckoutChanged(result.checkoutId);
  return result;
}
