// The Worldpay sandbox's refunds: a (partial) reversal of a paid payment is accepted at once
// (202, sentForRefund) and settled by the bank later, as Worldpay's are: refunded, or
// refundFailed for the magic amount. Settling happens when the payment is next read, once the
// refund is SETTLE_AFTER_MS old, and each settled refund is announced by an Events webhook.
import type { Prisma } from "../../db/generated/client";
import { db } from "../../db/client";
import { refundsOf } from "../refunds";

const PROVIDER = "worldpay";
const KIND = "refund";
/** How long the sandbox's bank takes to settle a refund. */
export const SETTLE_AFTER_MS = 30_000;
/** The magic refund amount: 13.13 EUR always comes back refundFailed. */
export const MAGIC_FAILED_REFUND = 1313;

export type RefundEvent = "sentForRefund" | "refunded" | "refundFailed";
type StoredRefund = { reference: string | null; amount: number; lastEvent: RefundEvent };

const parse = (data: unknown) => data as StoredRefund;

/** Keeps the refund's own state next to its SandboxRefund row (same id). */
export async function acceptRefund(paymentId: string, refundId: string, amount: number, reference: string | null): Promise<void> {
  const data: StoredRefund = { reference, amount, lastEvent: "sentForRefund" };
  await (await db()).sandboxRecord.create({ data: { id: refundId, provider: PROVIDER, kind: KIND, ref: paymentId, data: data as Prisma.InputJsonValue } });
}

async function records(paymentId: string) {
  return (await db()).sandboxRecord.findMany({ where: { provider: PROVIDER, kind: KIND, ref: paymentId }, orderBy: { createdAt: "asc" } });
}

/** Settles the refunds that are due; returns the ones this call moved (another read may race it). */
export async function settleDueRefunds(paymentId: string, now = Date.now()): Promise<(StoredRefund & { commandId: string })[]> {
  const prisma = await db();
  const moved: (StoredRefund & { commandId: string })[] = [];
  for (const row of await records(paymentId)) {
    const r = parse(row.data);
    if (r.lastEvent !== "sentForRefund" || now - row.createdAt.getTime() < SETTLE_AFTER_MS) continue;
    const next: StoredRefund = { ...r, lastEvent: r.amount === MAGIC_FAILED_REFUND ? "refundFailed" : "refunded" };
    const done = await prisma.sandboxRecord.updateMany({
      where: { id: row.id, data: { path: ["lastEvent"], equals: "sentForRefund" } },
      data: { data: next as Prisma.InputJsonValue },
    });
    if (done.count === 1) moved.push({ ...next, commandId: row.id });
  }
  return moved;
}

/** The payment's refunds as its query answer lists them. */
export async function refundList(paymentId: string) {
  return (await records(paymentId)).map((row) => {
    const r = parse(row.data);
    return { commandId: row.id, reference: r.reference, lastEvent: r.lastEvent, value: { amount: r.amount, currency: "EUR" } };
  });
}

/** What was refunded or is on its way: a failed refund gives its amount back. */
export async function refundedSoFar(paymentId: string): Promise<number> {
  const failed = new Set((await records(paymentId)).filter((row) => parse(row.data).lastEvent === "refundFailed").map((row) => row.id));
  return (await refundsOf(PROVIDER, paymentId)).filter((r) => !failed.has(r.id)).reduce((sum, r) => sum + r.amount, 0);
}
