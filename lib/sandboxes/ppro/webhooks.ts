// The PPRO sandbox's webhook sender: CloudEvents 1.0 envelopes with the resource as `data`,
// signed with the merchant's signing secret in `Webhook-Signature: t=…,v1=…` (HMAC-SHA256 of
// "t.body"; the layout is our assumption, see docs/providers/ppro.md), retried as PPRO does
// from 15 s on, doubling (three retries here).
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { db } from "../../db/client";
import { env } from "../../env";
import { deliver } from "../deliveries";

const RETRY_DELAYS_MS = [15_000, 30_000, 60_000];

export function signPproSandbox(body: string, secret: string, now = new Date()): string {
  const t = Math.floor(now.getTime() / 1000).toString();
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`;
}

export function eventBody(type: string, data: unknown): string {
  return JSON.stringify({
    specversion: "1.0",
    id: randomUUID(),
    source: `${env().appUrl}/sandbox/ppro`,
    type,
    time: new Date().toISOString(),
    datacontenttype: "application/json",
    data,
  });
}

/** Records the event, tries it once now and keeps retrying in the background. */
export async function sendEvent(url: string, paymentRef: string, type: string, data: unknown): Promise<boolean> {
  const prisma = await db();
  const body = eventBody(type, data);
  const delivery = await prisma.sandboxWebhookDelivery.create({
    data: { id: `whd_${randomBytes(10).toString("hex")}`, provider: "ppro", paymentRef, url, body, headers: {} },
  });
  const secret = env().sandbox.pproWebhookSecret;
  // Signed anew on every try, with that try's timestamp.
  return deliver(prisma, delivery.id, {
    headers: () => ({ "content-type": "application/json", "webhook-signature": signPproSandbox(body, secret), "user-agent": "PPRO-Sandbox/1.0" }),
    accepted: (status) => status >= 200 && status < 300,
    retryDelaysMs: RETRY_DELAYS_MS,
  });
}
