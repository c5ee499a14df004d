// Merchant charges on linked cards and their schedules (lib/schedules/): the first charge at
// creation, due charges as the clock moves, each due charge made exactly once by two workers on
// one database, stopped schedules, refusals kept on the schedule, instalments that end; on both
// databases.
import type { Runner } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { acceptTerms, currentTerms, saveTerms } from "@/lib/cards/terms";
import { sealToken } from "@/lib/cards/link-card";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { startWorker } from "@/lib/jobs/queue";
import { enqueueScheduleCharge, SCHEDULE_CHARGE, scheduleChargeTask, SCHEDULES_DUE, schedulesDueTask } from "@/lib/jobs/schedule-charges";
import { WipRefusedError } from "@/lib/payments/wip";
import type { ChargeLinkInput, ChargedLink } from "@/lib/providers/types";
import { chargeCardAsMerchant } from "@/lib/schedules/create-schedule";
import { stopScheduleAsMerchant } from "@/lib/schedules/merchant-schedules";
import { addMonthsClamped } from "@/lib/schedules/next-charge";
import { runDueCharges, runScheduleCharge } from "@/lib/schedules/run-due";

/** Pays every WIP charge, optionally slowly (to widen any race). */
class PayingProvider extends RecordingProvider {
  readonly charges: ChargeLinkInput[] = [];
  delay = 0;
  answer: "paid" | "auth" | "declined" = "paid";
  constructor() {
    super("ppro-legacy");
  }
  async chargeLink(input: ChargeLinkInput): Promise<ChargedLink> {
    this.charges.push(input);
    if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
    const id = `tx_${this.charges.length}_${input.paymentId}`;
    this.states.set(id, { status: this.answer === "paid" ? "PAID" : this.answer === "declined" ? "FAILED" : "PENDING", ours: input.paymentId, amount: input.amount });
    return { ...this.snapshot(id), action: null };
  }
}

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(BACKENDS)("schedules on $name", ({ open }) => {
  let t: TestDb;
  const provider = new PayingProvider();
  const deps = () => ({ db: t.prisma, provider: () => provider, appUrl: "http://app.test" });
  const workers: Runner[] = [];
  beforeAll(async () => {
    t = await open();
  });
  afterEach(async () => {
    provider.delay = 0;
    provider.answer = "paid";
    for (const w of workers.splice(0)) await w.stop();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function linkedCard(merchantId = DEMO_MERCHANT_ID, acceptedTerms = true) {
    const holder = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date(), name: "Tester Doe" } });
    if (acceptedTerms) {
      const terms = (await currentTerms(t.prisma, merchantId))!;
      await acceptTerms(t.prisma, { cardholderId: holder.id, merchantId, termsId: terms.id, sessionHash: "a".repeat(64) });
    }
    const id = newId("card");
    await t.prisma.linkedCard.create({
      data: { id, merchantId, provider: "ppro-legacy", cardholderId: holder.id, tokenEncrypted: sealToken(`TOKEN-${id}`), bin: "670999", last4: "4242", expiry: "2035-05", paymentId: newId("pay") },
    });
    return id;
  }
  const body = (schedule?: unknown, amount = 1200) => ({ amount, currency: "EUR", description: "Coffee subscription", reference: newId("SUB"), ...(schedule ? { schedule } : {}) });
  const payments = (scheduleId: string) => t.prisma.payment.findMany({ where: { scheduleId }, include: { checkout: true }, orderBy: { createdAt: "asc" } });
  const schedule = (id: string) => t.prisma.wipSchedule.findUniqueOrThrow({ where: { id } });
  const caught = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

  it("charges once at creation, then once more when a month has passed, and not again", async () => {
    const cardId = await linkedCard();
    const created = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }));
    expect(created.charge.status).toBe("PAID");
    const s = created.schedule!;
    expect(s).toMatchObject({ kind: "monthly", chargesMade: 1, status: "ACTIVE", amount: 1200 });
    expect(s.nextChargeAt!.getTime()).toBe(addMonthsClamped(s.createdAt, 1).getTime());
    expect(await payments(s.id)).toHaveLength(1);

    // Nothing is due yet.
    expect((await runDueCharges(deps(), new Date())).charged).toBe(0);
    const later = addMonthsClamped(s.createdAt, 1);
    expect((await runDueCharges(deps(), later)).charged).toBe(1);
    expect((await runDueCharges(deps(), later)).charged).toBe(0);
    const made = await payments(s.id);
    expect(made.map((p) => [p.status, p.initiation, p.checkout.merchantReference])).toEqual([
      ["PAID", "merchant", `${s.reference}-1`],
      ["PAID", "merchant", `${s.reference}-2`],
    ]);
    expect(await schedule(s.id)).toMatchObject({ chargesMade: 2, status: "ACTIVE", nextChargeAt: addMonthsClamped(s.createdAt, 2), lastRefusal: null });
  });

  it("charges once without a schedule, and refuses before storing anything", async () => {
    const cardId = await linkedCard();
    const once = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body());
    expect(once).toMatchObject({ schedule: null, charge: { status: "PAID" } });

    const before = await t.prisma.wipSchedule.count();
    const above = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }, 50_001)));
    expect((above as WipRefusedError).reason).toBe("wip_above_scheme_max");
    await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount: 10_000 } });
    try {
      const overMax = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "instalments", count: 3 }, 10_001)));
      expect((overMax as WipRefusedError).reason).toBe("wip_above_merchant_max");
    } finally {
      await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount: null } });
    }
    const noTerms = await linkedCard(DEMO_MERCHANT_ID, false);
    const refused = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, noTerms, body({ type: "monthly" })));
    expect((refused as WipRefusedError).reason).toBe("wip_terms_not_accepted");
    const invalid = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, { ...body(), schedule: { type: "instalments", count: 99 } }));
    expect((invalid as AppError).fields).toEqual([{ field: "schedule.count", message: "must be at most 60" }]);
    expect(await t.prisma.wipSchedule.count()).toBe(before);
  });

  it("never charges another merchant's card, nor lets it stop the schedule", async () => {
    const other = `mer_${newId("x").slice(2)}`;
    await t.prisma.merchant.create({ data: { id: other, name: "Other shop", address: "Rue 1, 1000 Brussels", returnUrlOrigins: ["https://other.example"], enabledProviders: ["ppro-legacy"] } });
    const cardId = await linkedCard();
    const calls = provider.charges.length;
    const e = await caught(chargeCardAsMerchant(deps(), other, cardId, body({ type: "monthly" })));
    expect((e as AppError).code).toBe("not_found");
    expect(provider.charges.length).toBe(calls);
    const mine = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }));
    expect(((await caught(stopScheduleAsMerchant(t.prisma, other, mine.schedule!.id))) as AppError).code).toBe("not_found");
    expect((await schedule(mine.schedule!.id)).status).toBe("ACTIVE");
  });

  it("two workers on one database make each due charge exactly once", async () => {
    provider.delay = 50;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const cardId = await linkedCard();
      ids.push((await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }))).schedule!.id);
    }
    // Due a minute ago.
    await t.prisma.wipSchedule.updateMany({ where: { id: { in: ids } }, data: { nextChargeAt: new Date(Date.now() - 60_000) } });
    const tasks = { [SCHEDULES_DUE]: schedulesDueTask(t.prisma), [SCHEDULE_CHARGE]: scheduleChargeTask(deps) };
    workers.push(...(await Promise.all([startWorker({ connectionString: t.queueUrl, tasks }), startWorker({ connectionString: t.queueUrl, tasks })])));
    // Both instances' cron fire, a job for each charge is also added without its key (a
    // duplicate the key would have prevented), and a runner calls the due logic directly.
    await t.prisma.$executeRaw`SELECT graphile_worker.add_job(${SCHEDULES_DUE}::text, '{}'::json)`;
    await t.prisma.$executeRaw`SELECT graphile_worker.add_job(${SCHEDULES_DUE}::text, '{}'::json)`;
    for (const id of ids) {
      await enqueueScheduleCharge(t.prisma, { scheduleId: id, n: 2 });
      await t.prisma.$executeRaw`SELECT graphile_worker.add_job(${SCHEDULE_CHARGE}::text, json_build_object('scheduleId', ${id}::text, 'n', 2))`;
    }
    await Promise.all(ids.map((id) => runScheduleCharge(deps(), { scheduleId: id, n: 2 }, new Date())));
    await until(async () => (await t.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM graphile_worker.jobs`)[0]!.n === 0);
    for (const id of ids) {
      expect(await payments(id), id).toHaveLength(2);
      expect((await schedule(id)).chargesMade).toBe(2);
    }
    const keys = new Set(provider.charges.map((c) => c.idempotencyKey));
    expect(keys.size).toBe(provider.charges.length);
  });

  it("never charges a stopped schedule", async () => {
    const cardId = await linkedCard();
    const { schedule: s } = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }));
    const stopped = await stopScheduleAsMerchant(t.prisma, DEMO_MERCHANT_ID, s!.id);
    expect(stopped).toMatchObject({ status: "STOPPED", stoppedBy: "merchant", nextChargeAt: null });
    await runDueCharges(deps(), addMonthsClamped(new Date(), 3));
    // Claiming with a stale view of it (a job added before the stop) is refused too.
    expect(await runScheduleCharge(deps(), { scheduleId: s!.id, n: 2 }, addMonthsClamped(new Date(), 3))).toBe("not-due");
    expect(await payments(s!.id)).toHaveLength(1);
  });

  it("refuses a due charge once the terms changed, keeps why, and moves on to the next month", async () => {
    const cardId = await linkedCard();
    const { schedule: s } = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }));
    const terms = (await currentTerms(t.prisma, DEMO_MERCHANT_ID))!;
    await saveTerms(t.prisma, DEMO_MERCHANT_ID, "stf_demo", `${terms.text} (revised ${newId("v")})`);
    const later = addMonthsClamped(s!.createdAt, 1);
    expect(await runDueCharges(deps(), later)).toMatchObject({ refused: 1 });
    const after = await schedule(s!.id);
    expect(after.lastRefusal).toMatch(/^wip_terms_not_accepted: /);
    expect(after).toMatchObject({ status: "ACTIVE", chargesMade: 2, nextChargeAt: addMonthsClamped(s!.createdAt, 2) });
    expect(await payments(s!.id)).toHaveLength(1);
  });

  it("makes instalments until their count, then completes", async () => {
    const cardId = await linkedCard();
    const { schedule: s } = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "instalments", count: 3 }));
    for (let month = 1; month <= 4; month++) await runDueCharges(deps(), addMonthsClamped(s!.createdAt, month));
    expect(await payments(s!.id)).toHaveLength(3);
    expect(await schedule(s!.id)).toMatchObject({ status: "COMPLETED", chargesMade: 3, nextChargeAt: null });
  });

  it("reports a charge waiting for the cardholder as pending", async () => {
    provider.answer = "auth";
    const cardId = await linkedCard();
    const r = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body());
    expect(r.charge.status).toBe("PENDING");
  });

  it("counts a schedule's first charge in the card's 24 hours: stopping and re-creating cannot split a payment", async () => {
    const cardId = await linkedCard();
    const max = 25_000;
    await t.prisma.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { wipMaxAmount: max } });
    const first = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "instalments", count: 2 }, max));
    expect(first.charge.status).toBe("PAID");
    await stopScheduleAsMerchant(t.prisma, DEMO_MERCHANT_ID, first.schedule!.id);
    const again = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }, 100)));
    expect((again as WipRefusedError).reason).toBe("wip_split_payment");
    const once = await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body(undefined, 100)));
    expect((once as WipRefusedError).reason).toBe("wip_split_payment");
    // A schedule's later charges were agreed in advance: they leave the window (and run).
    expect(await t.prisma.wipCharge.count({ where: { cardId, inCardWindow: true } })).toBe(1);
  });

  it("keeps one schedule per reference: a retried creation is refused, naming the field, and charges nothing", async () => {
    const cardId = await linkedCard();
    const b = body({ type: "monthly" }, 500);
    await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, b);
    const calls = provider.charges.length;
    const again = (await caught(chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, b))) as AppError;
    expect(again.code).toBe("conflict");
    expect(again.fields[0]?.field).toBe("reference");
    expect(provider.charges.length).toBe(calls);
    expect(await t.prisma.wipSchedule.count({ where: { reference: b.reference } })).toBe(1);
  });

  it("does not start a subscription whose first charge the bank declined", async () => {
    const cardId = await linkedCard();
    provider.answer = "declined";
    const r = await chargeCardAsMerchant(deps(), DEMO_MERCHANT_ID, cardId, body({ type: "monthly" }, 700));
    expect(r.charge.status).toBe("FAILED");
    expect(r.schedule).toMatchObject({ status: "STOPPED", stoppedBy: "first-charge-failed", nextChargeAt: null });
    await runDueCharges(deps(), addMonthsClamped(new Date(), 2));
    expect(await payments(r.schedule!.id)).toHaveLength(1);
  });
});
