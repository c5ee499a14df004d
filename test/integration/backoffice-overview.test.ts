// The back office's overview: sums by provider, state and Brussels day (across the night summer
// time begins), refunds of the period, and never another merchant's payments; on PGlite and on
// PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { loadOverview } from "@/lib/backoffice/overview";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";

const OTHER = "mer_overview_other";
// 10:00 UTC on Sunday 29 March 2026, the day summer time begins: "today" is 29 March in Brussels.
const NOW = new Date("2026-03-29T10:00:00Z");

describe.each(BACKENDS)("back office overview on $name", ({ open }) => {
  let t: TestDb;

  async function payment(merchantId: string, at: string, provider: string, status: string, amount: number): Promise<string> {
    const checkoutId = newId("chk");
    await t.prisma.checkout.create({
      data: { id: checkoutId, merchantId, amount, currency: "EUR", description: "Overview order", merchantReference: `OV-${checkoutId}`, returnUrl: "https://shop.example/done", status: "OPEN", expiresAt: new Date(at), createdAt: new Date(at) },
    });
    const id = newId("pay");
    await t.prisma.payment.create({ data: { id, checkoutId, merchantId, provider, status, amount, currency: "EUR", capturedAmount: status === "PAID" ? amount : 0, createdAt: new Date(at) } });
    return id;
  }

  async function refund(merchantId: string, paymentId: string, at: string, status: string, amount: number) {
    await t.prisma.refund.create({ data: { id: newId("ref"), paymentId, merchantId, amount, status, createdAt: new Date(at) } });
  }

  beforeAll(async () => {
    t = await open();
    await t.prisma.merchant.create({ data: { id: OTHER, name: "Other shop", address: "Rue 1, 1000 Brussels", returnUrlOrigins: [], enabledProviders: [] } });
    // Today in Brussels (29 March): 00:30 local is 23:30 UTC the day before.
    const early = await payment(DEMO_MERCHANT_ID, "2026-03-28T23:30:00Z", "worldpay", "PAID", 1000);
    await payment(DEMO_MERCHANT_ID, "2026-03-29T09:00:00Z", "bancontact", "PAID", 2500);
    await payment(DEMO_MERCHANT_ID, "2026-03-29T09:10:00Z", "worldpay", "PENDING", 300);
    await payment(DEMO_MERCHANT_ID, "2026-03-29T09:20:00Z", "bancontact", "FAILED", 400);
    // 23:30 on 28 March in Brussels; 00:30 on 23 March (the week's first day); 23:30 on 22 March (outside).
    await payment(DEMO_MERCHANT_ID, "2026-03-28T22:30:00Z", "wooshpay", "PAID", 700);
    await payment(DEMO_MERCHANT_ID, "2026-03-22T23:30:00Z", "ppro", "PAID", 111);
    const old = await payment(DEMO_MERCHANT_ID, "2026-03-22T22:30:00Z", "ppro", "PAID", 99_999);
    // 00:30 on 30 March in Brussels (summer time, UTC+2): tomorrow.
    await payment(DEMO_MERCHANT_ID, "2026-03-29T22:30:00Z", "worldpay", "PAID", 88_888);
    // Refunds today: one made (of last week's payment), one still pending, one refused.
    await refund(DEMO_MERCHANT_ID, old, "2026-03-29T08:00:00Z", "SUCCEEDED", 200);
    await refund(DEMO_MERCHANT_ID, early, "2026-03-29T08:30:00Z", "PENDING", 50);
    await refund(DEMO_MERCHANT_ID, early, "2026-03-29T08:40:00Z", "FAILED", 60);
    // The other merchant, the same day and providers.
    const theirs = await payment(OTHER, "2026-03-29T09:00:00Z", "worldpay", "PAID", 5000);
    await payment(OTHER, "2026-03-25T09:00:00Z", "bancontact", "PENDING", 6000);
    await refund(OTHER, theirs, "2026-03-29T09:30:00Z", "SUCCEEDED", 900);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("sums today by provider and state, in cents, this merchant's only", async () => {
    const o = await loadOverview(t.prisma, DEMO_MERCHANT_ID, "today", NOW);
    expect(o.days).toEqual(["2026-03-29"]);
    expect(o.totals).toEqual({ paid: 3500, payments: 4, refunded: 200 });
    expect(o.byProvider).toEqual([
      { provider: "worldpay", amounts: { paid: 1000, open: 300, unsuccessful: 0 } },
      { provider: "bancontact", amounts: { paid: 2500, open: 0, unsuccessful: 400 } },
    ]);
  });

  it("sums the last 7 Brussels days, day by day", async () => {
    const o = await loadOverview(t.prisma, DEMO_MERCHANT_ID, "week", NOW);
    expect(o.totals).toEqual({ paid: 4311, payments: 6, refunded: 200 });
    expect(o.byDay.map((d) => [d.day, d.amounts.paid, d.amounts.open, d.amounts.unsuccessful])).toEqual([
      ["2026-03-23", 111, 0, 0],
      ["2026-03-24", 0, 0, 0],
      ["2026-03-25", 0, 0, 0],
      ["2026-03-26", 0, 0, 0],
      ["2026-03-27", 0, 0, 0],
      ["2026-03-28", 700, 0, 0],
      ["2026-03-29", 3500, 300, 400],
    ]);
    expect(o.byProvider.map((p) => p.provider)).toEqual(["wooshpay", "ppro", "worldpay", "bancontact"]);
  });

  it("shows the other merchant only their own", async () => {
    const week = await loadOverview(t.prisma, OTHER, "week", NOW);
    expect(week.totals).toEqual({ paid: 5000, payments: 2, refunded: 900 });
    expect(week.byProvider).toEqual([
      { provider: "worldpay", amounts: { paid: 5000, open: 0, unsuccessful: 0 } },
      { provider: "bancontact", amounts: { paid: 0, open: 6000, unsuccessful: 0 } },
    ]);
  });
});
