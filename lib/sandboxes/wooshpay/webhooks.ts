// The sandbox's webhook sender: signs events as WooshPay would (t=…,v1=HMAC-SHA256 of "t.body")
// and retries up to three times when the receiver does not answer 2xx.
import { createHmac, randomBytes } from "node:crypto";
import type { PrismaClient } from "../../db/generated/client";
import { deliver } from "../deliveries";

const RETRY_DELAYS_MS = [1_000, 5_000, 25_000];

export function signWooshpay(body: string, secret: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000).toString();
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return `t=${t},v1=${v1}`;
}

export function eventBody(type: string, intent: unknown): string {
  const id = `evt_${BigInt(`0x${randomBytes(8).toString("hex")}`).toString().padStart(19, "0").slice(0, 19)}`;
  return JSON.stringify({ id, object: "event", type, created: Date.now(), livemode: false, data: { object: intent } });
}

/** Sends one event now; on failure keeps retrying in the background. Resolves after the first try. */
export async function deliverEvent(db: PrismaClient, url: string, body: string, secret: string): Promise<boolean> {
  const delivery = await db.sandboxWebhookDelivery.create({
    data: { id: `whd_${randomBytes(10).toString("hex")}`, provider: "wooshpay", url, body, headers: {} },
  });
  // Signed anew on every try, with that try's timestamp, as Stripe-style providers do.
  return deliver(db, delivery.id, {
    headers: () => ({ "content-type": "application/json", "wooshpay-signature": signWooshpay(body, secret), "user-agent": "WooshPay-Sandbox/1.0" }),
    accepted: (status) => status >= 200 && status < 300,
    retryDelaysMs: RETRY_DELAYS_MS,
  });
}
