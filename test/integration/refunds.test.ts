import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { refundPayment } from "@/lib/refunds/refund-payment";
import { isOverdue, settlePendingRefunds } from "@/lib/refunds/settle-pending";
import { settleRefund } from "@/lib/refunds/settle-refund";
import { applyRefundEvents } from "@/lib/refunds/apply-refund-events";

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

  it("20 concurrent refunds never add up to more than was captured", async () => {
    const provider = new RecordingProvider("ppro");
    const paymentId = await paidPayment(provider, 10_000);
    // 20 × 7.00 EUR asked at once on a 100.00 EUR payment: 14 fit, and nothing more.
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 700 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(14);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "refund_not_allowed" });
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    expect(payment.refundedAmount).toBe(9_800);
    expect(payment.refunds.reduce((a, r) => a + r.amount, 0)).toBe(9_800);
    expect(provider.refunds.reduce((a, r) => a + r.amount, 0)).toBe(9_800);
  });

  it("each provider's rules at and past their limits, refused before the provider is called", async () => {
    const ask = (p: RecordingProvider, id: string, amount: number) => refundPayment(t.prisma, lookup(p), DEMO_MERCHANT_ID, id, { amount });
    for (const id of ["ppro", "ppro-legacy", "bancontact"] as const) {
      const p = new RecordingProvider(id);
      const paymentId = await paidPayment(p, 3_000);
      await ask(p, paymentId, 1_000);
      await ask(p, paymentId, 1_000);
      await expect(ask(p, paymentId, 1_001)).rejects.toMatchObject({ code: "refund_not_allowed" });
      await ask(p, paymentId, 1_000);
      expect(p.refunds.map((r) => r.amount)).toEqual([1_000, 1_000, 1_000]);
    }
    const wp = new RecordingProvider("worldpay");
    const big = await paidPayment(wp, 500_000);
    await expect(ask(wp, big, 300_001)).rejects.toMatchObject({ code: "refund_not_allowed" });
    await ask(wp, big, 300_000);
    await ask(wp, big, 200_000);
    expect(wp.refunds.map((r) => r.amount)).toEqual([300_000, 200_000]);
    const old = await paidPayment(wp, 1_000);
    const paidAt = new Date(Date.now() - 180 * 86_400_000);
    await t.prisma.payment.update({ where: { id: old }, data: { completedAt: paidAt } });
    await expect(refundPayment(t.prisma, lookup(wp), DEMO_MERCHANT_ID, old, { amount: 100 }, new Date(paidAt.getTime() + 180 * 86_400_000 + 1))).rejects.toMatchObject({ code: "refund_not_allowed" });
    await refundPayment(t.prisma, lookup(wp), DEMO_MERCHANT_ID, old, { amount: 100 }, new Date(paidAt.getTime() + 180 * 86_400_000));
    expect(wp.refunds).toHaveLength(3);
  });

  it("the job settles a PENDING refund, and a failed one releases its amount exactly once", async () => {
    const provider = new RecordingProvider("bancontact");
    provider.pendingRefunds = true;
    const paymentId = await paidPayment(provider, 10_000);
    const ok = await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 3_000 });
    const bad = await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 2_000 });
    expect([ok.status, bad.status]).toEqual(["PENDING", "PENDING"]);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(5_000);
    // Not asked about before a minute has passed.
    expect((await settlePendingRefunds(t.prisma, lookup(provider), new Date(Date.now() + 30_000))).asked).toBe(0);
    provider.refundStates.set(ok.providerRefundId!, { status: "SUCCEEDED" });
    provider.refundStates.set(bad.providerRefundId!, { status: "FAILED", failureMessage: "the bank account is closed" });
    // Two runs at once (two instances, or a run and a webhook): each refund moves once.
    const later = new Date(Date.now() + 61_000);
    await Promise.all([settlePendingRefunds(t.prisma, lookup(provider), later), settlePendingRefunds(t.prisma, lookup(provider), later), settleRefund(t.prisma, bad.id, { status: "FAILED", reason: "the bank account is closed" }, later)]);
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: { orderBy: { createdAt: "asc" } } } });
    expect(payment.refunds.map((r) => [r.status, r.failureMessage])).toEqual([["SUCCEEDED", null], ["FAILED", "the bank account is closed"]]);
    expect(payment.refundedAmount).toBe(3_000);
    // Settling again changes nothing.
    expect(await settleRefund(t.prisma, bad.id, { status: "FAILED", reason: "again" })).toBeNull();
    expect(await settleRefund(t.prisma, ok.id, { status: "SUCCEEDED" })).toBeNull();
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(3_000);
    // The released 20.00 EUR can be refunded again.
    provider.pendingRefunds = false;
    await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 7_000 });
  });

  it("a refund the provider keeps pending is asked about less and less often, and flagged after a day", async () => {
    const provider = new RecordingProvider("bancontact");
    provider.pendingRefunds = true;
    const paymentId = await paidPayment(provider, 1_000);
    const refund = await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 500 });
    const t0 = refund.createdAt.getTime();
    const asked: number[] = [];
    for (let m = 1; m <= 20; m++) {
      if ((await settlePendingRefunds(t.prisma, lookup(provider), new Date(t0 + m * 60_000))).asked) asked.push(m);
    }
    // First after a minute, then after 1, 2, 4, 8 more minutes.
    expect(asked).toEqual([1, 2, 4, 8, 16]);
    const still = await t.prisma.refund.findUniqueOrThrow({ where: { id: refund.id } });
    expect(still).toMatchObject({ status: "PENDING", checks: 5 });
    expect(isOverdue(still, new Date(t0 + 86_400_000))).toBe(true);
  });

  it("refund outcomes from a provider's events settle the refund they name, once, and only on its payment", async () => {
    const provider = new RecordingProvider("ppro");
    provider.pendingRefunds = true;
    const paymentId = await paidPayment(provider, 4_000);
    const other = await paidPayment(provider, 4_000);
    const refund = await refundPayment(t.prisma, lookup(provider), DEMO_MERCHANT_ID, paymentId, { amount: 4_000 });
    const failed = { providerPaymentId: provider.ids.at(-2)!, providerRefundId: refund.providerRefundId!, status: "FAILED" as const, failureMessage: "PPRO: account closed" };
    // The same refund id on another payment, or still pending, moves nothing.
    expect(await applyRefundEvents(t.prisma, "ppro", [{ ...failed, providerPaymentId: provider.ids.at(-1)! }, { ...failed, status: "PENDING" }])).toBe(0);
    expect(await applyRefundEvents(t.prisma, "worldpay", [failed])).toBe(0);
    const moved = await Promise.all([applyRefundEvents(t.prisma, "ppro", [failed]), applyRefundEvents(t.prisma, "ppro", [failed])]);
    expect(moved.reduce((a, b) => a + b, 0)).toBe(1);
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, include: { refunds: true } });
    expect(payment.refunds.map((r) => [r.status, r.failureMessage])).toEqual([["FAILED", "PPRO: account closed"]]);
    expect(payment.refundedAmount).toBe(0);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: other } })).refundedAmount).toBe(0);
  });
});
