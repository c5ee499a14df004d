// Linked cards: whose they are, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";

const input = {
  amount: 1250,
  currency: "EUR" as const,
  description: "Pralines",
  merchantReference: "CARDS-1",
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
    // The merchant passed someone else's address: the card is still the payer's.
    const paymentId = await linkAndPay(ann.id, victim.email);
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.cardholderId).toBe(ann.id);
    const card = await t.prisma.linkedCard.findUniqueOrThrow({ where: { paymentId } });
    expect(card.cardholderId).toBe(ann.id);
    expect(await t.prisma.linkedCard.count({ where: { cardholderId: victim.id } })).toBe(0);
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
});
