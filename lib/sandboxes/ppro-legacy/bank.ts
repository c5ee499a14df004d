// What moves a pending Bancontact transaction in the PPRO legacy sandbox: the shopper on the bank
// page or in the app (approve, decline, leave), or the merchant's CANCELTX. Every move out of
// PENDING is notified to the transaction's notificationurl before the shopper is sent on.
import { randomBytes } from "node:crypto";
import { db } from "../../db/client";
import { deliver } from "../deliveries";
import { findTx, PROVIDER, sandboxNow, saveToken, updateTx } from "./store";
import { randomCode } from "./transactions";
import type { TxData, TxStatus } from "./wire";

const RETRY_DELAYS_MS = [1_000, 5_000, 25_000];

export type BankOutcome = "approve" | "decline" | "abandon";

/**
 * PPRO's notification only says which transaction changed; the merchant asks GETTXSTATUS for the
 * rest. Names and the PAYMENT_CHANGED type follow PPRO's TRANSACTION API (the seed shows none).
 */
export function notificationBody(tx: TxData): string {
  return new URLSearchParams({ notificationtype: "PAYMENT_CHANGED", txid: tx.txid, merchanttxid: tx.merchantTxId, channel: tx.channel }).toString();
}

/** Records the notification, tries it once now (retries go on in the background). */
async function notify(tx: TxData): Promise<void> {
  if (!tx.notificationUrl) return;
  const prisma = await db();
  const headers = { "content-type": "application/x-www-form-urlencoded", "user-agent": "PPRO-Sandbox/1.0" };
  const delivery = await prisma.sandboxWebhookDelivery.create({
    data: { id: `whd_${randomBytes(10).toString("hex")}`, provider: PROVIDER, paymentRef: tx.txid, url: tx.notificationUrl, body: notificationBody(tx), headers },
  });
  await deliver(prisma, delivery.id, { headers: () => headers, accepted: (s) => s >= 200 && s < 300, retryDelaysMs: RETRY_DELAYS_MS });
}

/** Moves a PENDING transaction; null if it was not pending (any more). */
async function settle(txid: string, to: TxStatus, errmsg: string | null): Promise<TxData | null> {
  const read = await findTx(txid);
  if (!read || read.data.status !== "PENDING") return null;
  let cardToken: string | null = null;
  if (to === "SUCCEEDED" && read.data.linkCard) {
    // Link and pay: the card is linked once the payment succeeds. Saved before the move so that a
    // status read right after it already reports the card.
    const now = await sandboxNow();
    cardToken = `ABCDE-FGH-${randomCode(12)}`;
    const expiry = new Date(Date.UTC(now.getUTCFullYear() + 2, now.getUTCMonth(), 1)).toISOString().slice(0, 7);
    await saveToken({
      token: cardToken,
      channel: read.data.channel,
      bin: "670999",
      last4: "9999",
      expiry,
      linkedByTxid: txid,
      linkedAt: now.toISOString(),
      lastSuccessAt: now.toISOString(),
    });
  }
  const next: TxData = { ...read.data, status: to, errmsg, cardToken };
  if (!(await updateTx(read, next))) return null;
  await notify(next);
  return next;
}

/** The shopper's choice; returns the transaction as it now is, or null when there is none. */
export async function decide(txid: string, outcome: BankOutcome): Promise<TxData | null> {
  if (outcome === "approve") await settle(txid, "SUCCEEDED", null);
  if (outcome === "decline") await settle(txid, "FAILED", "Declined by the consumer's bank");
  // Leaving without paying changes nothing: the transaction stays PENDING until the merchant
  // cancels it (CANCELLED), as a shopper may still come back to it.
  return (await findTx(txid))?.data ?? null;
}

/** CANCELTX: only a pending transaction can be cancelled. */
export async function cancelTx(txid: string): Promise<{ ok: true; tx: TxData } | { ok: false; reason: "unknown" | "not_pending"; status?: TxStatus }> {
  const before = await findTx(txid);
  if (!before) return { ok: false, reason: "unknown" };
  const after = await settle(txid, "CANCELLED", "Cancelled by the merchant");
  if (after) return { ok: true, tx: after };
  return { ok: false, reason: "not_pending", status: (await findTx(txid))?.data.status };
}
