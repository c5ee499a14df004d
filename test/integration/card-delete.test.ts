// A cardholder deletes a linked card: at once, in one transaction, the card is deleted (never
// charged again), its schedules stop and a revoke-link job is queued; the job then ends the link
// at the provider and destroys our copy of the token, retried while the provider is down.
// Another cardholder cannot. Both databases.
import type { Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { deleteCard, type RevokeLink } from "@/lib/cards/delete-card";
import { cardsOf } from "@/lib/cards/owned-cards";
import { reserveWipCharge } from "@/lib/cards/reserve-wip-charge";
import { sealSecret } from "@/lib/crypto/token-keys";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { startWorker } from "@/lib/jobs/queue";
import { REVOKE_LINK, revokeLinkTask } from "@/lib/jobs/revoke-link";

describe.each(BACKENDS)("deleting a linked card on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const cardholder = (email: string) => t.prisma.cardholder.create({ data: { id: newId("chd"), email, emailVerified: new Date() } });
  const card = (cardholderId: string, provider: string, reference: string) =>
    t.prisma.linkedCard.create({
      data: { id: newId("card"), merchantId: DEMO_MERCHANT_ID, cardholderId, provider, tokenEncrypted: sealSecret(reference), bin: "670999", last4: "9999", expiry: "2031-04", paymentId: newId("pay") },
    });
  const schedule = (cardId: string, cardholderId: string) =>
    t.prisma.wipSchedule.create({
      data: { id: newId("sch"), merchantId: DEMO_MERCHANT_ID, cardId, cardholderId, kind: "monthly", amount: 1500, description: "Praline club", reference: `SUB-${Math.random()}`, nextChargeAt: new Date(Date.now() + 86_400_000) },
    });
  const row = (id: string) => t.prisma.linkedCard.findUniqueOrThrow({ where: { id } });
  const job = async (cardId: string) =>
    (await t.prisma.$queryRaw<{ attempts: number; last_error: string | null }[]>`SELECT attempts, last_error FROM graphile_worker._private_jobs WHERE key = ${`${REVOKE_LINK}:${cardId}`}`)[0];
  /** Runs the queue's revoke-link jobs with `revoke` until `done`. */
  async function runJobs(revoke: RevokeLink, done: () => Promise<boolean>): Promise<void> {
    let runner: Runner | undefined;
    try {
      runner = await startWorker({ connectionString: t.queueUrl, tasks: { [REVOKE_LINK]: revokeLinkTask(t.prisma, revoke) }, concurrency: 1 });
      await expect.poll(done, { timeout: 20_000 }).toBe(true);
    } finally {
      await runner?.stop();
    }
  }
  const refusedCharge = (cardId: string) =>
    expect(reserveWipCharge(t.prisma, { merchantId: DEMO_MERCHANT_ID, cardId, amount: 100, currency: "EUR", orderReference: `AFTER-DELETE-${cardId}`, initiation: "merchant" })).rejects.toThrow(
      /can no longer be charged/,
    );

  it("deletes at once and stops the schedules; the job revokes at the provider, then destroys the token", async () => {
    const ann = await cardholder(`ann.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro", "agr_AnnAgreement1");
    const sub = await schedule(c.id, ann.id);
    expect(await deleteCard(t.prisma, ann.id, c.id)).toBe("deleted");
    expect(await row(c.id)).toMatchObject({ status: "REVOKED", deletedAt: expect.any(Date) });
    expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ status: "STOPPED", stoppedBy: "card-deleted", nextChargeAt: null });
    expect((await cardsOf(t.prisma, ann.id)).find((x) => x.id === c.id)?.state).toBe("deleted");
    await refusedCharge(c.id);
    expect(await job(c.id)).toBeDefined();

    const revoked: [string, string][] = [];
    await runJobs(async (p, ref) => void revoked.push([p, ref]), async () => (await row(c.id)).tokenEncrypted === null);
    expect(revoked).toEqual([["ppro", "agr_AnnAgreement1"]]);
    // Deleting again asks the provider nothing and queues nothing.
    expect(await deleteCard(t.prisma, ann.id, c.id)).toBe("already_deleted");
    expect(await job(c.id)).toBeUndefined();
  });

  it("keeps another cardholder's card out of reach", async () => {
    const ann = await cardholder(`ann2.${Date.now()}@example.com`);
    const bob = await cardholder(`bob.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro-legacy", "TOKEN-ANN-0001");
    const sub = await schedule(c.id, ann.id);
    const err = await deleteCard(t.prisma, bob.id, c.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("not_found");
    expect(await row(c.id)).toMatchObject({ status: "ACTIVE", deletedAt: null, tokenEncrypted: expect.any(String) });
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe("ACTIVE");
    expect(await job(c.id)).toBeUndefined();
  });

  it("with the provider down, the card is still deleted at once and stops; the link is ended when the provider answers", async () => {
    const ann = await cardholder(`ann3.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro", "agr_AnnAgreement3");
    const sub = await schedule(c.id, ann.id);
    expect(await deleteCard(t.prisma, ann.id, c.id)).toBe("deleted");
    expect(await row(c.id)).toMatchObject({ status: "REVOKED", deletedAt: expect.any(Date) });
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe("STOPPED");
    await refusedCharge(c.id);

    // PPRO is down: the job fails and stays queued for a retry; our copy of the token is kept until the link is ended.
    await runJobs(async () => Promise.reject(new Error("PPRO unavailable")), async () => ((await job(c.id))?.attempts ?? 0) >= 1);
    expect((await job(c.id))?.last_error).toMatch(/PPRO unavailable/);
    expect((await row(c.id)).tokenEncrypted).not.toBeNull();

    // Asking again queues the job at once; PPRO answers this time.
    expect(await deleteCard(t.prisma, ann.id, c.id)).toBe("already_deleted");
    const revoked: string[] = [];
    await runJobs(async (_p, ref) => void revoked.push(ref), async () => (await row(c.id)).tokenEncrypted === null);
    expect(revoked).toEqual(["agr_AnnAgreement3"]);
  });
});
