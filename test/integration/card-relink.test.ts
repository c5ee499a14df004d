// Adding a card from the cards page and re-linking one (a verification payment that links), the
// schedules a cardholder stops, and the schedules a deleted card stops. Both databases.
import type { Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { deleteCard } from "@/lib/cards/delete-card";
import { startCardLink } from "@/lib/cards/start-card-link";
import { acceptTerms, currentTerms } from "@/lib/cards/terms";
import { sealSecret } from "@/lib/crypto/token-keys";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { startWorker } from "@/lib/jobs/queue";
import { REVOKE_LINK, revokeLinkTask } from "@/lib/jobs/revoke-link";
import { stopScheduleAsCardholder } from "@/lib/schedules/stop-schedule";

class LinkingProvider extends RecordingProvider {
  override async startPayment(i: Parameters<RecordingProvider["startPayment"]>[0]) {
    return { ...(await super.startPayment(i)), linkReference: `agr_${i.paymentId}` };
  }
}

describe.each(BACKENDS)("adding and re-linking cards on $name", ({ open }) => {
  let t: TestDb;
  const provider = new LinkingProvider("ppro");
  beforeAll(async () => {
    t = await open();
    await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { verificationAmount: 1, linkingRoute: ["ppro"] } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const ctx = () => ({ db: t.prisma, provider: () => provider, available: ["ppro", "ppro-legacy"] as const, appUrl: "http://x", locale: "en", description: "Card verification" });
  const cardholder = async (name: string) => {
    const c = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${name}.${Date.now()}.${Math.random()}@example.com`, emailVerified: new Date() } });
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(t.prisma, { cardholderId: c.id, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "a".repeat(64) });
    return c;
  };
  const card = (cardholderId: string, reference: string) =>
    t.prisma.linkedCard.create({
      data: { id: newId("card"), merchantId: DEMO_MERCHANT_ID, cardholderId, provider: "ppro-legacy", tokenEncrypted: sealSecret(reference), bin: "670999", last4: "1234", expiry: "2031-04", paymentId: newId("pay") },
    });
  const schedule = (cardId: string, cardholderId: string, description = "Praline club") =>
    t.prisma.wipSchedule.create({
      data: { id: newId("sch"), merchantId: DEMO_MERCHANT_ID, cardId, cardholderId, kind: "monthly", amount: 1500, description, reference: `SUB-${Math.random()}`, nextChargeAt: new Date(Date.now() + 86_400_000) },
    });
  /** The provider answers the verification payment with `status`. */
  const answer = async (paymentId: string, status: "PAID" | "FAILED") => {
    const id = provider.ids[provider.starts.findIndex((s) => s.paymentId === paymentId)]!;
    provider.states.get(id)!.status = status;
    await applyProviderSnapshot(t.prisma, "ppro", provider.snapshot(id), "webhook");
  };

  it("asks for the cardholder's real name before the linking provider is called, and keeps it", async () => {
    const cy = await cardholder("cy");
    const starts = provider.starts.length;
    for (const [raw, message] of [[undefined, "is required"], ["  ", "is required"], ["Cy 🙂", "may hold only letters, spaces, apostrophes, hyphens and dots"]] as const) {
      const err = await startCardLink(ctx(), { cardholder: cy, shopperName: raw, merchantId: DEMO_MERCHANT_ID }).catch((e: unknown) => e);
      expect((err as AppError).fields).toEqual([{ field: "name", message }]);
    }
    expect(provider.starts.length).toBe(starts);
    const r = await startCardLink(ctx(), { cardholder: cy, shopperName: "  Cy  Éclair ", merchantId: DEMO_MERCHANT_ID });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: r.checkoutId } })).shopperName).toBe("Cy Éclair");
    expect((await t.prisma.cardholder.findUniqueOrThrow({ where: { id: cy.id } })).name).toBe("Cy Éclair");
    expect(provider.starts.at(-1)?.shopperName).toBe("Cy Éclair");
  });

  it("adds a card through a card-verification checkout of the merchant's verification amount", async () => {
    const ann = await cardholder("ann");
    const r = await startCardLink(ctx(), { cardholder: ann, shopperName: "Tester Doe", merchantId: DEMO_MERCHANT_ID });
    const checkout = await t.prisma.checkout.findUniqueOrThrow({ where: { id: r.checkoutId } });
    expect(checkout).toMatchObject({ kind: "card-verification", amount: 1, customerEmail: ann.email, description: "Card verification", returnUrl: "http://x/account/cards" });
    expect(provider.starts.at(-1)).toMatchObject({ amount: 1, linkCard: true });
    await answer(r.paymentId, "PAID");
    const cards = await t.prisma.linkedCard.findMany({ where: { cardholderId: ann.id } });
    expect(cards).toHaveLength(1);
    expect(cards[0]!.provider).toBe("ppro");
  });

  it("refuses to start without the merchant's current terms accepted, leaving no checkout", async () => {
    const bob = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `bob.${Date.now()}@example.com` } });
    const before = await t.prisma.checkout.count();
    const err = await startCardLink(ctx(), { cardholder: bob, shopperName: "Tester Doe", merchantId: DEMO_MERCHANT_ID }).catch((e: unknown) => e);
    expect((err as AppError).fields[0]?.field).toBe("acceptTerms");
    expect(await t.prisma.checkout.count()).toBe(before);
  });

  it("a successful re-link replaces the old card, moves its schedules and ends its link after commit", async () => {
    const ann = await cardholder("relink");
    const old = await card(ann.id, "TOKEN-OLD-0001");
    const sub = await schedule(old.id, ann.id);
    const r = await startCardLink(ctx(), { cardholder: ann, shopperName: "Tester Doe", replacesCardId: old.id });
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: r.paymentId } })).replacesCardId).toBe(old.id);
    await answer(r.paymentId, "PAID");

    const fresh = await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId: r.paymentId } });
    const was = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: old.id } });
    expect(fresh.replacesCardId).toBe(old.id);
    expect(was).toMatchObject({ replacedById: fresh.id, status: "REVOKED" });
    expect(was.deletedAt).not.toBeNull();
    expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ cardId: fresh.id, status: "ACTIVE" });

    // The job ends the old link at the provider, then destroys our copy of its token.
    const revoked: [string, string][] = [];
    let runner: Runner | undefined;
    try {
      runner = await startWorker({ connectionString: t.queueUrl, tasks: { [REVOKE_LINK]: revokeLinkTask(t.prisma, async (p, ref) => void revoked.push([p, ref])) }, concurrency: 1 });
      await expect.poll(async () => (await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: old.id } })).tokenEncrypted, { timeout: 20_000 }).toBeNull();
    } finally {
      await runner?.stop();
    }
    expect(revoked).toEqual([["ppro-legacy", "TOKEN-OLD-0001"]]);
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: fresh.id } })).tokenEncrypted).not.toBeNull();
  });

  it("a failed re-link leaves the old card and its schedules as they were", async () => {
    const ann = await cardholder("fail");
    const old = await card(ann.id, "TOKEN-OLD-0002");
    const sub = await schedule(old.id, ann.id);
    const r = await startCardLink(ctx(), { cardholder: ann, shopperName: "Tester Doe", replacesCardId: old.id });
    await answer(r.paymentId, "FAILED");
    const was = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: old.id } });
    expect(was).toMatchObject({ replacedById: null, deletedAt: null, status: "ACTIVE" });
    expect(was.tokenEncrypted).not.toBeNull();
    expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).toMatchObject({ cardId: old.id, status: "ACTIVE" });
    expect(await t.prisma.linkedCard.count({ where: { paymentId: r.paymentId } })).toBe(0);
  });

  it("another cardholder cannot re-link a card that is not theirs", async () => {
    const ann = await cardholder("owner");
    const bob = await cardholder("other");
    const old = await card(ann.id, "TOKEN-OLD-0003");
    const err = await startCardLink(ctx(), { cardholder: bob, shopperName: "Tester Doe", replacesCardId: old.id }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("not_found");
  });

  it("the card's own cardholder stops a schedule; another cardholder is refused", async () => {
    const ann = await cardholder("stopper");
    const bob = await cardholder("intruder");
    const c = await card(ann.id, "TOKEN-STOP-0001");
    const sub = await schedule(c.id, ann.id);
    const err = await stopScheduleAsCardholder(t.prisma, bob.id, sub.id).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("not_found");
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe("ACTIVE");

    expect(await stopScheduleAsCardholder(t.prisma, ann.id, sub.id)).toBe("stopped");
    const row = await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: sub.id } });
    expect(row).toMatchObject({ status: "STOPPED", stoppedBy: "cardholder", nextChargeAt: null });
    expect(row.stoppedAt).not.toBeNull();
    expect(await stopScheduleAsCardholder(t.prisma, ann.id, sub.id)).toBe("already_stopped");
  });

  it("deleting a card stops its schedules in the same step", async () => {
    const ann = await cardholder("deleter");
    const c = await card(ann.id, "TOKEN-DEL-0001");
    const a = await schedule(c.id, ann.id, "Monthly box");
    const b = await schedule(c.id, ann.id, "Gift instalments");
    expect(await deleteCard(t.prisma, ann.id, c.id)).toBe("deleted");
    for (const s of [a, b]) expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "STOPPED", stoppedBy: "card-deleted", nextChargeAt: null });
  });
});
