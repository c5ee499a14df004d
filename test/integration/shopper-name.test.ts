// The shopper's real name: asked for on the checkout page, kept on the checkout (and the signed-in
// cardholder), and required before PPRO, PPRO legacy or WooshPay is called.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";
import { prefilledShopperName, rememberShopperName } from "@/lib/shopper/remember-name";

const input = { amount: 1250, currency: "EUR" as const, description: "Pralines", merchantReference: "NAME-1", returnUrl: "http://localhost:3999/orders/NAME-1" };

describe.each(BACKENDS)("the shopper's name on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const merchant = () => t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
  const ctx = (provider: RecordingProvider) => ({ db: t.prisma, provider, appUrl: "http://x", locale: "en" });

  it("refuses to start PPRO, legacy or WooshPay without a name, naming the field, and never calls them", async () => {
    for (const id of ["ppro", "ppro-legacy", "wooshpay"] as const) {
      const provider = new RecordingProvider(id);
      const checkout = await createCheckout(t.prisma, await merchant(), { ...input, customerEmail: "jan.peeters@example.be" });
      await expect(startPayment(ctx(provider), checkout.id)).rejects.toMatchObject({ code: "invalid_request", fields: [{ field: "name", message: "is required" }] });
      expect(provider.starts).toHaveLength(0);
      expect(await t.prisma.payment.count({ where: { checkoutId: checkout.id } })).toBe(0);
    }
  });

  it("starts Worldpay and Bancontact without a name", async () => {
    for (const id of ["worldpay", "bancontact"] as const) {
      const provider = new RecordingProvider(id);
      const checkout = await createCheckout(t.prisma, await merchant(), input);
      await startPayment(ctx(provider), checkout.id);
      expect(provider.starts[0]?.shopperName).toBe("");
    }
  });

  it("keeps the typed name on the checkout and gives it to the provider; a retry without the field reuses it", async () => {
    const provider = new RecordingProvider("ppro-legacy");
    const checkout = await createCheckout(t.prisma, await merchant(), { ...input, customerEmail: "x.y@example.be" });
    await rememberShopperName(t.prisma, { checkoutId: checkout.id, provider: "ppro-legacy", cardholderId: null, raw: "  Élodie  Van den Brande " });
    await startPayment(ctx(provider), checkout.id);
    expect(provider.starts[0]?.shopperName).toBe("Élodie Van den Brande");
    await rememberShopperName(t.prisma, { checkoutId: checkout.id, provider: "ppro-legacy", cardholderId: null, raw: null });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).shopperName).toBe("Élodie Van den Brande");
  });

  it("refuses a blank or malformed name, naming the field, and stores nothing", async () => {
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    const remember = (raw: string) => rememberShopperName(t.prisma, { checkoutId: checkout.id, provider: "wooshpay", cardholderId: null, raw });
    await expect(remember("   ")).rejects.toMatchObject({ fields: [{ field: "name", message: "is required" }] });
    await expect(remember("Tom 😀")).rejects.toMatchObject({ fields: [{ field: "name", message: "may hold only letters, spaces, apostrophes, hyphens and dots" }] });
    await expect(remember("Tom\u0007Hans")).rejects.toMatchObject({ fields: [{ field: "name" }] });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).shopperName).toBeNull();
  });

  it("ignores the field for a provider that does not need it", async () => {
    const checkout = await createCheckout(t.prisma, await merchant(), input);
    await rememberShopperName(t.prisma, { checkoutId: checkout.id, provider: "worldpay", cardholderId: null, raw: "Tom 😀" });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).shopperName).toBeNull();
  });

  it("keeps it on the signed-in cardholder's account, which prefills the next checkout before the checkout's own", async () => {
    const ann = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `ann-${Date.now()}@example.be`, emailVerified: new Date() } });
    const first = await createCheckout(t.prisma, await merchant(), input);
    await rememberShopperName(t.prisma, { checkoutId: first.id, provider: "ppro", cardholderId: ann.id, raw: "Ann Peeters" });
    expect((await t.prisma.cardholder.findUniqueOrThrow({ where: { id: ann.id } })).name).toBe("Ann Peeters");
    const next = await createCheckout(t.prisma, await merchant(), { ...input, shopperName: "A. Merchant-Given" });
    expect(await prefilledShopperName(t.prisma, next, ann.id)).toBe("Ann Peeters");
    expect(await prefilledShopperName(t.prisma, next, null)).toBe("A. Merchant-Given");
    expect(await prefilledShopperName(t.prisma, { shopperName: null }, null)).toBe("");
  });
});
