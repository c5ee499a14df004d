// The scheme's WIP limits on linked-card charges, reserved before any provider call: at and above
// each limit, split attempts, and 20 racing charges, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { finishWipCharge, reserveWipCharge, type ReserveWipChargeInput } from "@/lib/cards/reserve-wip-charge";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";
import { WipRefusedError } from "@/lib/payments/wip";

describe.each(BACKENDS)("WIP charge limits on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function card(merchantId = DEMO_MERCHANT_ID): Promise<string> {
    const id = newId("card");
    await t.prisma.linkedCard.create({ data: { id, merchantId, provider: "ppro-legacy", tokenEncrypted: "sealed", bin: "670999", last4: "9999", expiry: "2028-05", paymentId: newId("pay") } });
    return id;
  }
  const setMax = (wipMaxAmount: number | null) => t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount } });
  const charge = (cardId: string, amount: number, extra: Partial<ReserveWipChargeInput> = {}) =>
    reserveWipCharge(t.prisma, { merchantId: DEMO_MERCHANT_ID, cardId, amount, currency: "EUR", orderReference: newId("order"), initiation: "merchant", ...extra });
  const refusal = async (p: Promise<unknown>) => {
    const e = await p.then(() => null, (error: unknown) => error);
    expect(e).toBeInstanceOf(WipRefusedError);
    return (e as WipRefusedError).reason;
  };
  const counted = async (where: { cardId?: string; orderReference?: string }) =>
    (await t.prisma.wipCharge.aggregate({ where: { ...where, status: { in: ["RESERVED", "SUCCEEDED"] } }, _sum: { amount: true } }))._sum.amount ?? 0;

  it("charges at each limit, refuses above it, before any provider call", async () => {
    await setMax(25_000);
    expect(await charge(await card(), 25_000)).toMatchObject({ id: expect.stringMatching(/^wip_/) });
    expect(await refusal(charge(await card(), 25_001))).toBe("wip_above_merchant_max");
    expect(await refusal(charge(await card(), 0))).toBe("wip_below_minimum");
    expect(await charge(await card(), 1)).toBeTruthy();
    await setMax(null);
    expect(await charge(await card(), 50_000)).toBeTruthy();
    expect(await refusal(charge(await card(), 50_001))).toBe("wip_above_scheme_max");
    expect(await refusal(charge(await card(), 100, { currency: "USD" }))).toBe("wip_currency_not_supported");
    const refused = await charge(await card(), 50_001).catch((e: WipRefusedError) => e);
    expect(refused).toMatchObject({ code: "amount_out_of_range", status: 400, fields: [{ field: "amount" }] });
  });

  it("refuses a card of another merchant, and a deleted card", async () => {
    await setMax(25_000);
    await t.prisma.merchant.upsert({ where: { id: "m_other_wip" }, create: { id: "m_other_wip", name: "Other", address: "Elsewhere", returnUrlOrigins: [], enabledProviders: [] }, update: {} });
    await expect(charge(await card("m_other_wip"), 100)).rejects.toMatchObject({ code: "not_found" });
    const gone = await card();
    await t.prisma.linkedCard.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    await expect(charge(gone, 100)).rejects.toMatchObject({ code: "payment_not_allowed" });
    expect(await t.prisma.wipCharge.count({ where: { cardId: gone } })).toBe(0);
  });

  it("refuses splitting one order over several charges, even on several cards", async () => {
    await setMax(25_000);
    const orderReference = newId("order");
    await charge(await card(), 15_000, { orderReference });
    expect(await refusal(charge(await card(), 10_001, { orderReference }))).toBe("wip_split_payment");
    // A schedule's charge for the same order counts too.
    expect(await refusal(charge(await card(), 10_001, { orderReference, scheduleId: "sch_1" }))).toBe("wip_split_payment");
    await charge(await card(), 10_000, { orderReference });
    expect(await counted({ orderReference })).toBe(25_000);
  });

  it("refuses splitting on one card within 24 hours outside a schedule; a failed charge no longer counts", async () => {
    await setMax(25_000);
    const c = await card();
    const now = new Date("2026-11-22T10:00:00Z");
    const first = await charge(c, 15_000, { now });
    expect(await refusal(charge(c, 10_001, { now }))).toBe("wip_split_payment");
    // A schedule's later charge is not a split of an unscheduled one.
    await charge(c, 20_000, { now, scheduleId: "sch_monthly", occurrence: 2 });
    // A schedule's first charge, made when it is set up, is one like any other.
    expect(await refusal(charge(c, 10_001, { now, scheduleId: "sch_new", occurrence: 1 }))).toBe("wip_split_payment");
    // 24 hours later the window is empty again.
    await charge(c, 25_000, { now: new Date(now.getTime() + 24 * 3600_000 + 1) });
    // The provider declined the first charge: its amount is free again within the window.
    const c2 = await card();
    const declined = await charge(c2, 25_000, { now });
    await finishWipCharge(t.prisma, declined.id, "FAILED");
    await finishWipCharge(t.prisma, declined.id, "SUCCEEDED");
    expect((await t.prisma.wipCharge.findUniqueOrThrow({ where: { id: declined.id } })).status).toBe("FAILED");
    await charge(c2, 25_000, { now });
    await finishWipCharge(t.prisma, first.id, "SUCCEEDED");
    expect(await refusal(charge(c, 1, { now }))).toBe("wip_split_payment");
  });

  it("20 racing charges on one card never add up above the maximum", async () => {
    await setMax(25_000);
    const c = await card();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => charge(c, 3_000)));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(8);
    for (const r of results) if (r.status === "rejected") expect((r.reason as WipRefusedError).reason).toBe("wip_split_payment");
    expect(await counted({ cardId: c })).toBe(24_000);
  });

  it("20 racing charges for one order on 20 cards never add up above the maximum", async () => {
    await setMax(25_000);
    const orderReference = newId("order");
    const cards = await Promise.all(Array.from({ length: 20 }, () => card()));
    const results = await Promise.allSettled(cards.map((c) => charge(c, 3_000, { orderReference })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(8);
    expect(await counted({ orderReference })).toBe(24_000);
  });
});
