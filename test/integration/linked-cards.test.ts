// Linked cards: whose they are, and the merchant's terms accepted first, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { cardsOf } from "@/lib/cards/owned-cards";
import { acceptTerms, currentTerms, hasAcceptedCurrentTerms, saveTerms } from "@/lib/cards/terms";

const input = {
  amount: 1250,
  currency: "EUR" as const,
  description: "Pralines",
  merchantReference: "CARDS-1",
  shopperName: "Ann Peeters",
  returnUrl: "http://localhost:3999/orders/CARDS-1",
};

class LinkingProvider extends RecordingProvider {
  override async startPayment(i: Parameters<RecordingProvider["startPayment"]>[0]) {
    return { ...(await super.startPayment(i)), linkReference: `agr_${i.paymentId}` };
  }
}

describe.each(BACKENDS)("linked cards on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const merchant = () => t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
  const cardholder = (email: string) => t.prisma.cardholder.create({ data: { id: newId("chd"), email, emailVerified: new Date() } });
  const accept = async (cardholderId: string) => {
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(t.prisma, { cardholderId, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "a".repeat(64) });
    return terms;
  };

  /** Pays a checkout with link and pay as `cardholderId`, the provider approving it. */
  async function linkAndPay(cardholderId: string | null, customerEmail?: string) {
    const provider = new LinkingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), { ...input, ...(customerEmail ? { customerEmail } : {}) });
    const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en", linkCard: true, cardholderId }, checkout.id);
    provider.states.get(provider.ids[0]!)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
    return paymentId;
  }

  it("attaches the card to the signed-in cardholder who paid, never to the checkout's email", async () => {
    const ann = await cardholder(`ann.${Date.now()}@example.com`);
    const victim = await cardholder(`victim.${Date.now()}@example.com`);
    await accept(ann.id);
    // The merchant passed someone else's address: the card is still the payer's.
    const paymentId = await linkAndPay(ann.id, victim.email);
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.cardholderId).toBe(ann.id);
    const card = await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId } });
    expect(card.cardholderId).toBe(ann.id);
    expect(await t.prisma.linkedCard.count({ where: { cardholderId: victim.id } })).toBe(0);
    // The cards page: the owner sees it (never its token), another cardholder does not.
    const [own] = await cardsOf(t.prisma, ann.id);
    expect(own).toMatchObject({ id: card.id, merchant: "Maison Praline", state: "active" });
    expect(Object.keys(own!)).not.toContain("tokenEncrypted");
    expect(await cardsOf(t.prisma, victim.id)).toEqual([]);
  });

  it("refuses to start link and pay for a guest, naming the field", async () => {
    const err = await linkAndPay(null, "guest@example.com").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields).toEqual([{ field: "save", message: "sign in first" }]);
  });

  it("lets a guest pay one-off: nothing is linked, nobody is recorded", async () => {
    const provider = new LinkingProvider();
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    provider.states.get(provider.ids[0]!)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, "wooshpay", provider.snapshot(provider.ids[0]!), "webhook");
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).cardholderId).toBeNull();
    expect(await t.prisma.linkedCard.findUnique({ where: { paymentId } })).toBeNull();
  });

  it("links no card before the cardholder accepted the merchant's current terms, naming the field", async () => {
    const bo = await cardholder(`bo.${Date.now()}@example.com`);
    const err = await linkAndPay(bo.id).catch((e: unknown) => e);
    expect((err as AppError).fields).toEqual([{ field: "acceptTerms", message: "must be accepted" }]);
    expect(await t.prisma.linkedCard.count({ where: { cardholderId: bo.id } })).toBe(0);
    const terms = await accept(bo.id);
    const acceptance = await t.prisma.termsAcceptance.findUniqueOrThrow({ where: { cardholderId_termsId: { cardholderId: bo.id, termsId: terms.id } } });
    expect(acceptance).toMatchObject({ merchantId: DEMO_MERCHANT_ID, sessionHash: "a".repeat(64) });
    const paymentId = await linkAndPay(bo.id);
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId } })).cardholderId).toBe(bo.id);
  });

  it("makes each save a new version, asks again after one, and accepts only the current version", async () => {
    const cy = await cardholder(`cy.${Date.now()}@example.com`);
    const old = await accept(cy.id);
    expect(await hasAcceptedCurrentTerms(t.prisma, cy.id, DEMO_MERCHANT_ID)).toBe(true);
    expect(await saveTerms(t.prisma, DEMO_MERCHANT_ID, "stf_demo", old.text)).toEqual({ version: old.version, created: false });
    const saved = await saveTerms(t.prisma, DEMO_MERCHANT_ID, "stf_demo", `${old.text} Version ${old.version + 1}.`);
    expect(saved).toEqual({ version: old.version + 1, created: true });
    // The accepted version is kept as it was.
    expect((await t.prisma.wipTerms.findUniqueOrThrow({ where: { id: old.id } })).text).toBe(old.text);
    expect(await hasAcceptedCurrentTerms(t.prisma, cy.id, DEMO_MERCHANT_ID)).toBe(false);
    const err = await acceptTerms(t.prisma, { cardholderId: cy.id, merchantId: DEMO_MERCHANT_ID, termsId: old.id, sessionHash: "b".repeat(64) }).catch((e: unknown) => e);
    expect((err as AppError).fields[0]?.field).toBe("acceptTerms");
    expect((await linkAndPay(cy.id).catch((e: unknown) => e)) as AppError).toBeInstanceOf(AppError);
    await accept(cy.id);
    expect(await hasAcceptedCurrentTerms(t.prisma, cy.id, DEMO_MERCHANT_ID)).toBe(true);
  });
});
