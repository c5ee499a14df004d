import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { refundPayment } from "@/lib/refunds/refund-payment";

describe.each(BACKENDS)("refunds on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function paidPayment(provider: RecordingProvider, amount = 10_000) {
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, { amount, currency: "EUR", description: "d", merchantReference: "r", shopperName: "Tom Hans", returnUrl: "http://localhost:3999/orders/r" });
    const { paymentId } = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    const id = provider.ids.at(-1)!;
    provider.states.get(id)!.status = "PAID";
    await applyProviderSnapshot(t.prisma, provider.id, provider.snapshot(id), "webhook");
    return paymentId;
  }
  const lookup = (p: RecordingProvider) => () => p;

  it("refunds in full by default, then refuses anything more", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    const refund = await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, {});
    expect(refund).toMatchObject({ amount: 10_000, status: "SUCCEEDED", providerRefundId: "re_1" });
    await expect(refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 1 })).rejects.toMatchObject({ code: "refund_not_allowed" });
    expect(provider.refunds).toHaveLength(1);
  });

  it("WooshPay: one partial refund, the second refused before the provider is called", async () => {
    const provider = new RecordingProvider("wooshpay");
    const paymentId = await paidPayment(provider);
    await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 4_000 });
    await expect(refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 1_000 })).rejects.toMatchObject({ code: "refund_not_allowed" });
    expect(provider.refunds).toEqual([{ providerPaymentId: provider.ids[0], amount: 4_000 }]);
  });

  it("never refunds more than was captured, even when refunds race", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 3_000 })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(3);
    expect(provider.refunds.reduce((a, r) => a + r.amount, 0)).toBe(9_000);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(9_000);
  });

  it("releases the amount when the provider refuses", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    provider.refuseRefunds = true;
    await expect(refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 2_000 })).rejects.toMatchObject({ code: "provider_rejected" });
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    expect(payment.refundedAmount).toBe(0);
    expect(payment.refunds.map((r) => r.status)).toEqual(["FAILED"]);
  });

  it("refuses another merchant's payment and an unpaid one", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    await expect(refundPayment(t.prisma, lookup(provider), "mer_someone_else", paymentId, {})).rejects.toMatchObject({ code: "not_found" });
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, { amount: 500, currency: "EUR", description: "d", merchantReference: "r", shopperName: "Tom Hans", returnUrl: "http://localhost:3999/orders/r" });
    const open = await startPayment({ db: t.prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    await expect(refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, open.paymentId, {})).rejects.toMatchObject({ code: "refund_not_allowed" });
  });
});
