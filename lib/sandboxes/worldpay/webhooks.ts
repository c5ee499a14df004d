// The Worldpay sandbox's Events sender. Worldpay signs nothing (it publishes its source IPs), so
// neither does the sandbox; it retries while the receiver does not answer 2xx, as Worldpay
// keeps an unacknowledged event queued.
import { randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "../../db/generated/client";
import { deliver } from "../deliveries";

const RETRY_DELAYS_MS = [1_000, 5_000, 25_000];
const HEADERS = { "content-type": "application/vnd.worldpay.events-v1.hal+json", "user-agent": "Worldpay-Events-Sandbox/1.0" };

export const newEventId = () => randomUUID();

/** Records the event, sends it once now (retries in the background); resolves after that try. */
export async function deliverEvent(db: PrismaClient, url: string, paymentRef: string, body: unknown): Promise<boolean> {
  const delivery = await db.sandboxWebhookDelivery.create({
    data: { id: `whd_${randomBytes(10).toString("hex")}`, provider: "worldpay", paymentRef, url, body: JSON.stringify(body), headers: HEADERS },
  });
  return deliver(db, delivery.id, { headers: () => HEADERS, accepted: (s) => s >= 200 && s < 300, retryDelaysMs: RETRY_DELAYS_MS });
}
