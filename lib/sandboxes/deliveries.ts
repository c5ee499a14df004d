// How a sandbox sends a webhook it has recorded: one try now, then retries in the background
// while the receiver does not accept it. Each provider says what its headers are on each try
// and which answers count as accepted.
import type { PrismaClient } from "../db/generated/client";

export type DeliveryOptions = {
  headers: () => Record<string, string>;
  accepted: (status: number) => boolean;
  retryDelaysMs: readonly number[];
};

async function attempt(db: PrismaClient, id: string, opts: DeliveryOptions): Promise<boolean> {
  const d = await db.sandboxWebhookDelivery.findUniqueOrThrow({ where: { id } });
  let status = 0;
  try {
    const res = await fetch(d.url, { method: "POST", headers: opts.headers(), body: d.body, signal: AbortSignal.timeout(10_000) });
    status = res.status;
    await res.body?.cancel();
  } catch {
    status = 0;
  }
  const ok = opts.accepted(status);
  await db.sandboxWebhookDelivery.update({
    where: { id },
    data: { attempts: { increment: 1 }, lastStatus: status, held: false, ...(ok ? { deliveredAt: new Date() } : {}) },
  });
  return ok;
}

/** Resolves after the first try, with whether it was accepted. */
export async function deliver(db: PrismaClient, id: string, opts: DeliveryOptions): Promise<boolean> {
  if (await attempt(db, id, opts)) return true;
  void (async () => {
    for (const delay of opts.retryDelaysMs) {
      await new Promise((r) => setTimeout(r, delay));
      if (await attempt(db, id, opts)) return;
    }
  })().catch(() => {
    // The database went away under a background retry (shutdown, tests): the delivery row keeps
    // its last attempt; nothing else to do.
  });
  return false;
}
