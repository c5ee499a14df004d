// PPRO ends an agreement itself (PAYMENT_AGREEMENT_REVOKED): in one transaction the card is
// deleted, its ACTIVE schedules stop ("card-deleted") and our copy of the token is destroyed.
// Other cards and their schedules are untouched. Both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { referenceHash, sealToken, updateLinkStatus } from "@/lib/cards/link-card";
import { reserveWipCharge } from "@/lib/cards/reserve-wip-charge";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";

describe.each(BACKENDS)("a link the provider revoked, on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function card(reference: string) {
    const holder = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date() } });
    return t.prisma.linkedCard.create({
      data: { id: newId("card"), merchantId: DEMO_MERCHANT_ID, cardholderId: holder.id, provider: "ppro", tokenEncrypted: sealToken(reference), referenceHash: referenceHash(reference), bin: "670999", last4: "4242", expiry: "2035-05", paymentId: newId("pay") },
    });
  }
  const schedule = (c: { id: string; cardholderId: string | null }, status = "ACTIVE") =>
    t.prisma.wipSchedule.create({
      data: {
        id: newId("sch"),
        merchantId: DEMO_MERCHANT_ID,
        cardId: c.id,
        cardholderId: c.cardholderId!,
        kind: "monthly",
        amount: 1500,
        description: "Praline club",
        reference: `SUB-${Math.random()}`,
        status,
        ...(status === "STOPPED" ? { stoppedBy: "cardholder", stoppedAt: new Date("2026-01-01T00:00:00Z"), nextChargeAt: null } : { nextChargeAt: new Date(Date.now() + 86_400_000) }),
      },
    });
  const sched = (id: string) => t.prisma.wipSchedule.findUniqueOrThrow({ where: { id } });

  it("deletes the card, stops its schedules and destroys the token, in one step", async () => {
    const ref = `agr_${newId("x")}`;
    const c = await card(ref);
    const active = await schedule(c);
    const stoppedBefore = await schedule(c, "STOPPED");
    const other = await card(`agr_${newId("y")}`);
    const otherSub = await schedule(other);

    expect(await updateLinkStatus(t.prisma, ref, "REVOKED")).toBe(true);
    const row = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ status: "REVOKED", tokenEncrypted: null, deletedAt: expect.any(Date) });
    expect(await sched(active.id)).toMatchObject({ status: "STOPPED", stoppedBy: "card-deleted", nextChargeAt: null, stoppedAt: expect.any(Date) });
    // A schedule already stopped keeps who stopped it.
    expect(await sched(stoppedBefore.id)).toMatchObject({ status: "STOPPED", stoppedBy: "cardholder" });
    await expect(reserveWipCharge(t.prisma, { merchantId: DEMO_MERCHANT_ID, cardId: c.id, amount: 100, currency: "EUR", orderReference: `AFTER-${c.id}`, initiation: "merchant" })).rejects.toThrow(
      /can no longer be charged/,
    );

    // Another card of another agreement is untouched.
    expect(await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ status: "ACTIVE", deletedAt: null, tokenEncrypted: expect.any(String) });
    expect((await sched(otherSub.id)).status).toBe("ACTIVE");
  });

  it("keeps the first deletion date when the card was already deleted by its cardholder", async () => {
    const ref = `agr_${newId("z")}`;
    const c = await card(ref);
    const deletedAt = new Date("2026-03-01T10:00:00Z");
    await t.prisma.linkedCard.update({ where: { id: c.id }, data: { deletedAt, status: "REVOKED" } });
    expect(await updateLinkStatus(t.prisma, ref, "REVOKED")).toBe(true);
    expect(await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ deletedAt, tokenEncrypted: null });
  });

  it("answers false for a link it does not know, changing nothing", async () => {
    expect(await updateLinkStatus(t.prisma, "agr_unknown_link", "REVOKED")).toBe(false);
  });
});
