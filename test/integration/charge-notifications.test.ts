// What cardholders are told about their linked cards, on both databases: the receipt of a WIP
// charge leaves once, with the change that made it PAID; a PPRO agreement the provider says is
// over ends the card; expiry reminders leave once each, even when two runs of the daily job race.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Runner } from "graphile-worker";
import { BACKENDS, type TestDb } from "./databases";
import { sealToken } from "@/lib/cards/link-card";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";
import { EXPIRY_REMINDERS, expiryRemindersTask } from "@/lib/jobs/expiry-reminders";
import { startWorker } from "@/lib/jobs/queue";
import { openMailText } from "@/lib/mail/send";
import { sendExpiryReminders } from "@/lib/notifications/expiry-reminders";
import type { ProviderPaymentSnapshot } from "@/lib/providers/types";

const DAY = 86_400_000;
const APP = "https://pay.example";

describe.each(BACKENDS)("charge mails and reminders on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  const cardholder = (locale: string | null = null) =>
    t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date(), locale } });
  async function card(cardholderId: string, extra: { provider?: string; expiry?: string; lastUsedAt?: Date } = {}) {
    const id = newId("card");
    await t.prisma.linkedCard.create({
      data: { id, merchantId: DEMO_MERCHANT_ID, provider: extra.provider ?? "ppro", cardholderId, tokenEncrypted: sealToken(`agr_${id}`), bin: "670999", last4: "4321", expiry: extra.expiry ?? "2030-05", paymentId: newId("pay"), ...(extra.lastUsedAt ? { lastUsedAt: extra.lastUsedAt } : {}) },
    });
    return id;
  }
  /** A WIP payment on the card, PENDING at the provider (as chargeLinkedCard leaves one waiting). */
  async function wipPayment(cardId: string, cardholderId: string, amount = 2345) {
    const checkoutId = newId("chk");
    const paymentId = newId("pay");
    const chargeId = `charge_${newId("x")}`;
    await t.prisma.checkout.create({
      data: { id: checkoutId, merchantId: DEMO_MERCHANT_ID, amount, currency: "EUR", description: "Monthly pralines", merchantReference: newId("order"), kind: "wip-charge", returnUrl: "/account/cards", status: "OPEN", expiresAt: new Date(Date.now() + DAY) },
    });
    const wip = await t.prisma.wipCharge.create({
      data: { id: newId("wip"), merchantId: DEMO_MERCHANT_ID, cardId, amount, currency: "EUR", orderReference: newId("order"), initiation: "merchant", status: "RESERVED", paymentId },
    });
    await t.prisma.payment.create({
      data: { id: paymentId, checkoutId, merchantId: DEMO_MERCHANT_ID, provider: "ppro", providerPaymentId: chargeId, status: "PENDING", amount, currency: "EUR", initiation: "merchant", linkedCardId: cardId, wipChargeId: wip.id, cardholderId },
    });
    return { paymentId, chargeId };
  }
  const snap = (chargeId: string, paymentId: string, status: "PAID" | "FAILED", failureCode?: string): ProviderPaymentSnapshot => ({
    providerPaymentId: chargeId,
    ourPaymentId: paymentId,
    providerStatus: status === "PAID" ? "CAPTURED" : "FAILED",
    status,
    capturedAmount: status === "PAID" ? 2345 : 0,
    failure: failureCode ? { code: failureCode, message: "failed" } : null,
  });
  const mailsTo = (to: string) => t.prisma.mailMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

  it("sends the receipt of a WIP charge once, in the cardholder's language, however often PAID is reported", async () => {
    const holder = await cardholder("de");
    const cardId = await card(holder.id);
    const { paymentId, chargeId } = await wipPayment(cardId, holder.id);
    await Promise.all([1, 2, 3].map(() => applyProviderSnapshot(t.prisma, "ppro", snap(chargeId, paymentId, "PAID"), "webhook")));
    await applyProviderSnapshot(t.prisma, "ppro", snap(chargeId, paymentId, "PAID"), "poll");
    const mails = await mailsTo(holder.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Zahlung von 23,45\s€ an Maison Praline$/);
    const text = openMailText(mails[0]!.text);
    for (const part of ["Monthly pralines", "670999XXXXXX4321", "/account/cards", "Maison Praline"]) expect(text).toContain(part);
  });

  it("sends no receipt for a charge that failed", async () => {
    const holder = await cardholder();
    const cardId = await card(holder.id);
    const { paymentId, chargeId } = await wipPayment(cardId, holder.id);
    await applyProviderSnapshot(t.prisma, "ppro", snap(chargeId, paymentId, "FAILED", "INSUFFICIENT_FUNDS"), "webhook");
    expect(await mailsTo(holder.email)).toHaveLength(0);
    // An issuer's decline says nothing of the link: the card stays.
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } })).status).toBe("ACTIVE");
  });

  it.each([
    ["AGREEMENT_REVOKED", "REVOKED"],
    ["AGREEMENT_INACTIVE", "FAILED"],
  ])("a charge PPRO fails with %s ends the card (%s) and frees the amount", async (code, cardStatus) => {
    const holder = await cardholder();
    const cardId = await card(holder.id);
    const { paymentId, chargeId } = await wipPayment(cardId, holder.id);
    await applyProviderSnapshot(t.prisma, "ppro", snap(chargeId, paymentId, "FAILED", code), "wip");
    expect((await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } })).status).toBe(cardStatus);
    expect((await t.prisma.wipCharge.findFirstOrThrow({ where: { paymentId } })).status).toBe("FAILED");
  });

  it("reminds once per card and kind, even when the daily job runs twice at once on two workers", async () => {
    const now = Date.now();
    const holder = await cardholder("nl");
    const soon = new Date(now + 20 * DAY);
    const expiry = `${soon.getUTCFullYear()}-${String(soon.getUTCMonth() + 1).padStart(2, "0")}`;
    const cardSoon = await card(holder.id, { expiry });
    const linkSoon = await card(holder.id, { lastUsedAt: new Date(now - 350 * DAY) });
    const both = await card(holder.id, { expiry, lastUsedAt: new Date(now - 350 * DAY) });
    const fine = await card(holder.id);

    const settings = { appUrl: APP, smtpUrl: undefined };
    const workers: Runner[] = [];
    for (let i = 0; i < 2; i++) workers.push(await startWorker({ connectionString: t.queueUrl, tasks: { [EXPIRY_REMINDERS]: expiryRemindersTask(t.prisma, settings) } }));
    try {
      await t.prisma.$executeRaw`SELECT graphile_worker.add_job(${EXPIRY_REMINDERS}::text, '{}'::json)`;
      await t.prisma.$executeRaw`SELECT graphile_worker.add_job(${EXPIRY_REMINDERS}::text, '{}'::json)`;
      await expect
        .poll(async () => Number((await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs`)[0]?.n), { timeout: 20_000 })
        .toBe(0);
    } finally {
      for (const w of workers) await w.stop();
    }
    // And twice more, racing in this process.
    await Promise.all([sendExpiryReminders(t.prisma, settings), sendExpiryReminders(t.prisma, settings)]);

    const mails = await mailsTo(holder.email);
    const texts = mails.map((m) => `${m.subject}\n${openMailText(m.text)}`);
    expect(mails).toHaveLength(4);
    expect(texts.filter((x) => x.includes("vervalt binnenkort"))).toHaveLength(2);
    expect(texts.filter((x) => x.includes("werkt niet meer"))).toHaveLength(2);
    for (const x of texts) expect(x).toContain(`${APP}/account/cards`);
    const rows = await t.prisma.linkedCard.findMany({ where: { id: { in: [cardSoon, linkSoon, both, fine] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(cardSoon)).toMatchObject({ cardExpiryRemindedAt: expect.any(Date), linkExpiryRemindedAt: null });
    expect(byId.get(linkSoon)).toMatchObject({ cardExpiryRemindedAt: null, linkExpiryRemindedAt: expect.any(Date) });
    expect(byId.get(both)).toMatchObject({ cardExpiryRemindedAt: expect.any(Date), linkExpiryRemindedAt: expect.any(Date) });
    expect(byId.get(fine)).toMatchObject({ cardExpiryRemindedAt: null, linkExpiryRemindedAt: null });
  });

  it("with a mail server, a reminder's send job is added with its outbox row and its stamp", async () => {
    const holder = await cardholder();
    await card(holder.id, { lastUsedAt: new Date(Date.now() - 340 * DAY) });
    expect(await sendExpiryReminders(t.prisma, { appUrl: APP, smtpUrl: "smtp://127.0.0.1:1" })).toBeGreaterThanOrEqual(1);
    const [row] = await mailsTo(holder.email);
    expect(row?.status).toBe("QUEUED");
    const jobs = await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${row!.id}`;
    expect(Number(jobs[0]?.n)).toBe(1);
  });
});
