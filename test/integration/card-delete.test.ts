// A cardholder deletes a linked card: the link ends at the provider first, then our copy of the
// token is destroyed; another cardholder cannot; a failed revoke changes nothing. Both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { deleteCard } from "@/lib/cards/delete-card";
import { cardsOf } from "@/lib/cards/owned-cards";
import { reserveWipCharge } from "@/lib/cards/reserve-wip-charge";
import { sealSecret } from "@/lib/crypto/token-keys";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";

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

  it("revokes at the provider, destroys the token, and refuses later charges", async () => {
    const ann = await cardholder(`ann.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro", "agr_AnnAgreement1");
    const revoked: [string, string][] = [];
    expect(await deleteCard(t.prisma, async (p, ref) => void revoked.push([p, ref]), ann.id, c.id)).toBe("deleted");
    expect(revoked).toEqual([["ppro", "agr_AnnAgreement1"]]);
    const row = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.tokenEncrypted).toBeNull();
    expect(row.deletedAt).not.toBeNull();
    expect((await cardsOf(t.prisma, ann.id)).find((x) => x.id === c.id)?.state).toBe("deleted");
    await expect(reserveWipCharge(t.prisma, { merchantId: DEMO_MERCHANT_ID, cardId: c.id, amount: 100, currency: "EUR", orderReference: "AFTER-DELETE", initiation: "merchant" })).rejects.toThrow(
      /can no longer be charged/,
    );
    // Deleting again asks the provider nothing.
    expect(await deleteCard(t.prisma, async () => void revoked.push(["again", ""]), ann.id, c.id)).toBe("already_deleted");
    expect(revoked).toHaveLength(1);
  });

  it("keeps another cardholder's card out of reach", async () => {
    const ann = await cardholder(`ann2.${Date.now()}@example.com`);
    const bob = await cardholder(`bob.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro-legacy", "TOKEN-ANN-0001");
    const err = await deleteCard(t.prisma, async () => undefined, bob.id, c.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("not_found");
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: c.id } })).tokenEncrypted).not.toBeNull();
  });

  it("changes nothing when the provider cannot revoke, so the cardholder can try again", async () => {
    const ann = await cardholder(`ann3.${Date.now()}@example.com`);
    const c = await card(ann.id, "ppro", "agr_AnnAgreement3");
    await expect(deleteCard(t.prisma, async () => Promise.reject(new Error("PPRO unavailable")), ann.id, c.id)).rejects.toThrow(/unavailable/);
    const row = await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.tokenEncrypted).not.toBeNull();
    expect(row.deletedAt).toBeNull();
    expect(await deleteCard(t.prisma, async () => undefined, ann.id, c.id)).toBe("deleted");
  });
});
