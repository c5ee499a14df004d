// Sending callbacks as the provider does: signed, retried up to three times until the merchant
// answers 200, and, when the sandbox is told so, delivered twice or held and sent in reverse order.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../db/generated/client";

export type DeliveryMode = "normal" | "twice" | "reverse";
const RETRY_DELAYS_MS = [1_000, 3_000, 10_000];

async function attempt(db: PrismaClient, id: string): Promise<boolean> {
  const d = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } });
  let status = 0;
  try {
    const res = await fetch(d.url, {
      method: "POST",
      headers: d.headers as Record<string, string>,
      body: d.body,
      signal: AbortSignal.timeout(10_000),
    });
    status = res.status;
    await res.body?.cancel();
  } catch {
    status = 0;
  }
  await db.sandboxWebhookDelivery.update({
    where: { id },
    data: { attempts: { increment: 1 }, lastStatus: status, held: false, ...(status === 200 ? { deliveredAt: new Date() } : {}) },
  });
  return status === 200;
}

/** One try now; up to three more in the background while the merchant does not answer 200. */
async function send(db: PrismaClient, id: string): Promise<void> {
  if (await attempt(db, id)) return;
  void (async () => {
    for (const delay of RETRY_DELAYS_MS) {
      await new Promise((r) => setTimeout(r, delay));
      if (await attempt(db, id)) return;
    }
  })();
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
    for (const d of held) await send(db, d.id);
    return;
  }
  await send(db, delivery.id);
  if (opts.mode === "twice") await send(db, delivery.id);
}
