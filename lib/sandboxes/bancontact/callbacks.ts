// Sending callbacks as the provider does: signed, retried up to three times until the merchant
// answers 200, and, when the sandbox is told so, delivered twice or held and sent in reverse order.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../db/generated/client";
import { deliver } from "../deliveries";

export type DeliveryMode = "normal" | "twice" | "reverse";
const RETRY_DELAYS_MS = [1_000, 3_000, 10_000];

/** The provider resends the same signed request; only a 200 counts as accepted. */
function send(db: PrismaClient, id: string, headers: Record<string, string>): Promise<boolean> {
  return deliver(db, id, { headers: () => headers, accepted: (status) => status === 200, retryDelaysMs: RETRY_DELAYS_MS });
}

export async function queueCallback(
  db: PrismaClient,
  opts: { url: string; body: string; signature: string; paymentRef: string; mode: DeliveryMode; final: boolean },
): Promise<void> {
  const headers = { "content-type": "application/json", "user-agent": "Payconiq", signature: opts.signature };
  const delivery = await db.sandboxWebhookDelivery.create({
    data: { id: `cbk_${randomBytes(10).toString("hex")}`, provider: "bancontact", url: opts.url, body: opts.body, headers, paymentRef: opts.paymentRef, held: opts.mode === "reverse" },
  });
  if (opts.mode === "reverse") {
    if (!opts.final) return;
    const held = await db.sandboxWebhookDelivery.findMany({ where: { paymentRef: opts.paymentRef, held: true }, orderBy: { createdAt: "desc" } });
    // Each held callback goes with the signature it was made with.
    for (const d of held) await send(db, d.id, d.headers as Record<string, string>);
    return;
  }
  await send(db, delivery.id, headers);
  if (opts.mode === "twice") await send(db, delivery.id, headers);
}
