// Receipts and the cardholder's requests, on both databases: one receipt per payment however
// often PAID is reported, with its signed links; the refund receipt, and the mail of a refund that
// failed; the rules a request is held to; a stop request stops the schedule at once, and stopping
// everything deletes the card.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { ownsPayment } from "@/lib/access/payment-links";
import { paymentDetail } from "@/lib/backoffice/payment-detail";
import { requestsInbox } from "@/lib/backoffice/requests-inbox";
import { chargeLinkedCard } from "@/lib/cards/charge-card";
import { cardsOf } from "@/lib/cards/owned-cards";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { sealSecret } from "@/lib/crypto/token-keys";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { newId } from "@/lib/ids";
import { checkLink } from "@/lib/links/signed-link";
import { REVOKE_LINK } from "@/lib/jobs/revoke-link";
import { openMailText } from "@/lib/mail/send";
import { WipRefusedError } from "@/lib/payments/wip";
import type { ProviderPaymentSnapshot } from "@/lib/providers/types";
import { enqueueRefundReceipt } from "@/lib/receipts/refund-receipt";
import { createRequest, createRequestFromForm } from "@/lib/requests/create";
import { settleRefund } from "@/lib/refunds/settle-refund";

const DAY = 86_400_000;
const who = (email: string) => ({ email, cardholderId: null, locale: "en" as const });

describe.each(BACKENDS)("receipts and requests on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** A checkout payment PENDING at the provider, for `email`. */
  async function pendingPayment(email: string | null, amount = 2500, extra: { linkedCardId?: string; scheduleId?: string; initiation?: string; locale?: string } = {}) {
    const checkoutId = newId("chk");
    const paymentId = newId("pay");
    const providerPaymentId = `pi_${newId("x")}`;
    await t.prisma.checkout.create({
      data: { id: checkoutId, merchantId: DEMO_MERCHANT_ID, amount, currency: "EUR", description: "Box of 24 pralines", merchantReference: newId("order"), customerEmail: email, returnUrl: "https://shop.example/done", status: "OPEN", expiresAt: new Date(Date.now() + DAY) },
    });
    await t.prisma.payment.create({ data: { id: paymentId, checkoutId, merchantId: DEMO_MERCHANT_ID, provider: "wooshpay", providerPaymentId, status: "PENDING", amount, currency: "EUR", ...extra } });
    return { paymentId, providerPaymentId, amount };
  }
  const paid = (p: { paymentId: string; providerPaymentId: string; amount: number }): ProviderPaymentSnapshot => ({
    providerPaymentId: p.providerPaymentId,
    ourPaymentId: p.paymentId,
    providerStatus: "succeeded",
    status: "PAID",
    capturedAmount: p.amount,
    failure: null,
  });
  async function paidPayment(email: string | null, amount = 2500, extra = {}) {
    const p = await pendingPayment(email, amount, extra);
    await applyProviderSnapshot(t.prisma, "wooshpay", paid(p), "webhook");
    return p;
  }

  it("writes one receipt, text and HTML, with the PAID change however often it is reported", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await pendingPayment(email);
    await Promise.all([1, 2, 3].map(() => applyProviderSnapshot(t.prisma, "wooshpay", paid(p), "webhook")));
    await applyProviderSnapshot(t.prisma, "wooshpay", paid(p), "poll");
    const mails = await t.prisma.mailMessage.findMany({ where: { to: email } });
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect([mail.kind, mail.paymentId, mail.subject]).toEqual(["receipt", p.paymentId, "Payment of €25.00 to Maison Praline"]);
    const text = openMailText(mail.text);
    const html = openMailText(mail.html!);
    for (const part of ["Maison Praline", "€25.00", "Box of 24 pralines", p.paymentId, p.providerPaymentId, "You, at checkout"]) {
      expect(text).toContain(part);
      expect(html).toContain(part);
    }
    const refundLink = /https?:\/\/\S+\/payments\/\S+\/refund\?t=(\S+)/.exec(text);
    expect(refundLink).not.toBeNull();
    expect(await checkLink(env().authSecret, decodeURIComponent(refundLink![1]!), { purpose: "refund", paymentId: p.paymentId })).toEqual({ ok: true, paymentId: p.paymentId });
    // Not made on a saved card: no stop link.
    expect(text).not.toContain("/stop?t=");
  });

  it("writes the receipt in the cardholder's language when the address is theirs", async () => {
    const email = `${newId("c")}@example.com`;
    await t.prisma.cardholder.create({ data: { id: newId("chd"), email, emailVerified: new Date(), locale: "nl" } });
    await paidPayment(email);
    const [mail] = await t.prisma.mailMessage.findMany({ where: { to: email } });
    expect(mail!.subject).toMatch(/^Betaling van €\s25,00 aan Maison Praline$/);
  });

  it("writes a guest's receipt in the language they paid in, with French typography", async () => {
    const email = `${newId("c")}@example.com`;
    await paidPayment(email, 2500, { locale: "fr" });
    const [mail] = await t.prisma.mailMessage.findMany({ where: { to: email } });
    expect(mail!.subject).toBe("Paiement de 25,00\u00a0€ à Maison Praline");
    expect(openMailText(mail!.text)).toContain("Montant\u202f: 25,00\u00a0€");
  });

  it("writes no receipt when no address is known", async () => {
    const p = await paidPayment(null);
    expect(await t.prisma.mailMessage.count({ where: { paymentId: p.paymentId } })).toBe(0);
  });

  it("writes a refund receipt for a SUCCEEDED refund only", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await paidPayment(email);
    const refund = await t.prisma.refund.create({ data: { id: newId("ref"), paymentId: p.paymentId, merchantId: DEMO_MERCHANT_ID, amount: 700, status: "PENDING" } });
    expect(await t.prisma.$transaction((tx) => enqueueRefundReceipt(tx, refund.id))).toBe(false);
    await t.prisma.refund.update({ where: { id: refund.id }, data: { status: "SUCCEEDED", settledAt: new Date() } });
    expect(await t.prisma.$transaction((tx) => enqueueRefundReceipt(tx, refund.id))).toBe(true);
    const mails = await t.prisma.mailMessage.findMany({ where: { to: email, kind: "refund-receipt" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Refund of €7.00 from Maison Praline");
    expect(openMailText(mails[0]!.text)).toContain("Refunded in all: €7.00");
    expect(mails[0]!.paymentId).toBe(p.paymentId);
  });

  it("holds a refund request to what can still be refunded, one open at a time", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await paidPayment(email, 2500);
    await t.prisma.payment.update({ where: { id: p.paymentId }, data: { refundedAmount: 1000 } });
    await expect(createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: 1501, reason: "Broken" })).rejects.toMatchObject({ code: "refund_not_allowed", fields: [{ field: "amount", message: "too_much" }] });
    const made = await createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: 1500, reason: "Broken" });
    expect(made.status).toBe("SENT");
    await expect(createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: null, reason: "Again" })).rejects.toMatchObject({ code: "conflict", fields: [{ field: "kind", message: "duplicate" }] });
    const row = await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id: made.id } });
    expect([row.email, row.amount, row.locale, row.merchantId]).toEqual([email, 1500, "en", DEMO_MERCHANT_ID]);
    // Declined: a new one may be sent.
    await t.prisma.cardholderRequest.update({ where: { id: made.id }, data: { status: "DECLINED" } });
    await expect(createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: null, reason: "Again" })).resolves.toMatchObject({ status: "SENT" });
  });

  it("lets only one of two refund requests sent at once through", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await paidPayment(email);
    const results = await Promise.allSettled([1, 2].map(() => createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: null, reason: "Broken" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses requests about an unpaid payment, and bad forms by field", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await pendingPayment(email);
    await expect(createRequest(t.prisma, p.paymentId, who(email), { kind: "dispute", reason: "other", message: "Hm" })).rejects.toMatchObject({ fields: [{ field: "kind", message: "not_paid" }] });
    const q = await paidPayment(email);
    await expect(createRequestFromForm(t.prisma, q.paymentId, who(email), { kind: "refund", whole: "part", amount: "x", reason: "Broken" })).rejects.toMatchObject({ code: "invalid_request", fields: [{ field: "amount" }] });
    await expect(createRequestFromForm(t.prisma, q.paymentId, who(email), { kind: "dispute", reason: "not_received", message: "Nothing came" })).resolves.toMatchObject({ kind: "dispute", status: "SENT" });
  });

  it("stops the schedule at once and records the stop request as done", async () => {
    const holder = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date() } });
    const cardId = newId("card");
    await t.prisma.linkedCard.create({ data: { id: cardId, merchantId: DEMO_MERCHANT_ID, provider: "ppro", cardholderId: holder.id, tokenEncrypted: "sealed", bin: "670999", last4: "4321", expiry: "2030-05", paymentId: newId("pay") } });
    const schedule = (description: string) =>
      t.prisma.wipSchedule.create({ data: { id: newId("sch"), merchantId: DEMO_MERCHANT_ID, cardId, cardholderId: holder.id, kind: "monthly", amount: 1000, description, reference: newId("sub"), nextChargeAt: new Date(Date.now() + DAY) } });
    const [one, two] = [await schedule("Monthly pralines"), await schedule("Monthly truffles")];
    const p = await paidPayment(null, 1000, { linkedCardId: cardId, scheduleId: one.id, initiation: "merchant" });
    const receipt = await t.prisma.mailMessage.findFirstOrThrow({ where: { paymentId: p.paymentId } });
    expect(receipt.to).toBe(holder.email);
    expect(openMailText(receipt.text)).toContain("/stop?t=");

    const made = await createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: one.id, reason: "" });
    expect(made.status).toBe("DONE");
    expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: one.id } })).toMatchObject({ status: "STOPPED", stoppedBy: "cardholder", nextChargeAt: null });
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("ACTIVE");
    await expect(createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: one.id, reason: "" })).rejects.toMatchObject({ fields: [{ field: "target", message: "not_found" }] });
    await createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: null, reason: "Moving away" });
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("STOPPED");
  });

  it("settling a refund sends its receipt and closes the request it answers; a failed one reopens it", async () => {
    const email = `${newId("c")}@example.com`;
    const p = await paidPayment(email, 3000);
    const ask = async () => {
      const request = await createRequest(t.prisma, p.paymentId, who(email), { kind: "refund", amount: 1000, reason: "Box arrived broken" });
      const refund = await t.prisma.refund.create({ data: { id: newId("re"), paymentId: p.paymentId, merchantId: DEMO_MERCHANT_ID, amount: 1000, status: "PENDING", requestId: request.id } });
      await t.prisma.payment.update({ where: { id: p.paymentId }, data: { refundedAmount: { increment: 1000 } } });
      await t.prisma.cardholderRequest.update({ where: { id: request.id }, data: { status: "APPROVED", approvedAmount: 1000, refundId: refund.id } });
      return { request, refund };
    };
    const ok = await ask();
    await settleRefund(t.prisma, ok.refund.id, { status: "SUCCEEDED" });
    await settleRefund(t.prisma, ok.refund.id, { status: "SUCCEEDED" });
    expect((await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id: ok.request.id } })).status).toBe("REFUNDED");
    expect(await t.prisma.mailMessage.count({ where: { paymentId: p.paymentId, kind: "refund-receipt" } })).toBe(1);

    const bad = await ask();
    await settleRefund(t.prisma, bad.refund.id, { status: "FAILED", reason: "declined by the bank" });
    expect(await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id: bad.request.id } })).toMatchObject({ status: "SENT", approvedAmount: null, refundId: null });
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: p.paymentId } })).refundedAmount).toBe(1000);
    expect(await t.prisma.mailMessage.count({ where: { paymentId: p.paymentId, kind: "refund-receipt" } })).toBe(1);
  });

  /** A refund request on `paymentId`, approved, with its refund PENDING at the provider and reserved. */
  async function approvedPendingRefund(paymentId: string, email: string, amount: number) {
    const request = await createRequest(t.prisma, paymentId, who(email), { kind: "refund", amount, reason: "Box arrived broken" });
    const refund = await t.prisma.refund.create({ data: { id: newId("re"), paymentId, merchantId: DEMO_MERCHANT_ID, amount, status: "PENDING", requestId: request.id } });
    await t.prisma.payment.update({ where: { id: paymentId }, data: { refundedAmount: { increment: amount } } });
    await t.prisma.cardholderRequest.update({ where: { id: request.id }, data: { status: "APPROVED", approvedAmount: amount, refundId: refund.id } });
    return { request, refund };
  }

  it("a PENDING refund that fails mails the cardholder once, in their language, and staff see why", async () => {
    const email = `${newId("c")}@example.com`;
    await t.prisma.cardholder.create({ data: { id: newId("chd"), email, emailVerified: new Date(), locale: "nl" } });
    const p = await paidPayment(email, 3000);
    const { request, refund } = await approvedPendingRefund(p.paymentId, email, 1000);
    // Settled FAILED twice at once (a webhook and the job), then once more: it moves once.
    await Promise.all([1, 2].map(() => settleRefund(t.prisma, refund.id, { status: "FAILED", reason: "the bank account is closed" })));
    expect(await settleRefund(t.prisma, refund.id, { status: "FAILED", reason: "again" })).toBeNull();

    const mails = await t.prisma.mailMessage.findMany({ where: { paymentId: p.paymentId, kind: "refund-failed" } });
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toBe(email);
    expect(mail.subject).toMatch(/^Uw terugbetaling van €\s10,00 door Maison Praline kon niet worden uitgevoerd$/);
    const text = openMailText(mail.text);
    const html = openMailText(mail.html!);
    expect(html).toContain('<html lang="nl">');
    for (const part of ["Het bedrag is niet van Maison Praline afgeschreven", "Maison Praline is op de hoogte gebracht", `/payments/${p.paymentId}/requests?t=`]) {
      expect(text).toContain(part);
      expect(html).toContain(part);
    }
    const link = /\/payments\/\S+\/requests\?t=(\S+)/.exec(text);
    expect(await checkLink(env().authSecret, decodeURIComponent(link![1]!), { purpose: "receipt", paymentId: p.paymentId })).toEqual({ ok: true, paymentId: p.paymentId });
    expect(await t.prisma.mailMessage.count({ where: { paymentId: p.paymentId, kind: "refund-receipt" } })).toBe(0);

    // Staff: the reopened request says the refund failed and why; the payment shows the refund FAILED with its reason and the mail.
    const inbox = await requestsInbox(t.prisma, DEMO_MERCHANT_ID);
    expect(inbox.open.find((r) => r.id === request.id)).toMatchObject({ status: "SENT", failedRefund: { amount: 1000, failureMessage: "the bank account is closed" } });
    const detail = await paymentDetail(t.prisma, DEMO_MERCHANT_ID, p.paymentId);
    expect(detail!.payment.refunds.map((r) => [r.status, r.failureMessage])).toEqual([["FAILED", "the bank account is closed"]]);
    expect(detail!.mails.map((m) => m.kind)).toEqual(["receipt", "refund-failed"]);
  });

  it("writes no refund-failed mail without an address, nor for a refund the provider refused in its first answer", async () => {
    const nobody = await paidPayment(null, 3000);
    const { refund } = await approvedPendingRefund(nobody.paymentId, "someone@example.com", 1000);
    expect(await settleRefund(t.prisma, refund.id, { status: "FAILED", reason: "declined" })).not.toBeNull();
    expect(await t.prisma.mailMessage.count({ where: { paymentId: nobody.paymentId } })).toBe(0);

    const email = `${newId("c")}@example.com`;
    const p = await paidPayment(email, 3000);
    const atOnce = await t.prisma.refund.create({ data: { id: newId("re"), paymentId: p.paymentId, merchantId: DEMO_MERCHANT_ID, amount: 500, status: "PENDING" } });
    expect(await settleRefund(t.prisma, atOnce.id, { status: "FAILED", reason: "refused", refusedAtOnce: true })).not.toBeNull();
    expect(await t.prisma.mailMessage.count({ where: { paymentId: p.paymentId, kind: "refund-failed" } })).toBe(0);
  });

  /** A cardholder's card with the merchant, two monthly schedules on it, and a paid charge of the first. */
  async function cardWithSchedules() {
    const holder = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date() } });
    const cardId = newId("card");
    await t.prisma.linkedCard.create({ data: { id: cardId, merchantId: DEMO_MERCHANT_ID, provider: "ppro", cardholderId: holder.id, tokenEncrypted: sealSecret("agr_Stop1"), bin: "670999", last4: "4321", expiry: "2030-05", paymentId: newId("pay") } });
    const schedule = (description: string) =>
      t.prisma.wipSchedule.create({ data: { id: newId("sch"), merchantId: DEMO_MERCHANT_ID, cardId, cardholderId: holder.id, kind: "monthly", amount: 1000, description, reference: newId("sub"), nextChargeAt: new Date(Date.now() + DAY) } });
    const [one, two] = [await schedule("Monthly pralines"), await schedule("Monthly truffles")];
    const p = await paidPayment(null, 1000, { linkedCardId: cardId, scheduleId: one.id, initiation: "merchant" });
    return { holder, cardId, one, two, p };
  }
  const revokeJob = async (cardId: string) => (await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${`${REVOKE_LINK}:${cardId}`}`)[0]!.n;

  it("stopping everything deletes the card, as the cards page does: schedules stopped, revoke-link queued, no charge after", async () => {
    const { holder, cardId, one, two, p } = await cardWithSchedules();
    const made = await createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: null, reason: "Moving away" });
    expect(made.status).toBe("DONE");
    expect(await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ cardId, scheduleId: null });
    expect(await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({ status: "REVOKED", deletedAt: expect.any(Date) });
    for (const s of [one, two]) expect(await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "STOPPED", stoppedBy: "cardholder", nextChargeAt: null });
    expect(Number(await revokeJob(cardId))).toBe(1);
    expect((await cardsOf(t.prisma, holder.id)).find((c) => c.id === cardId)?.state).toBe("deleted");

    // A merchant's one-off charge on the card is refused before the provider is called.
    const provider = new RecordingProvider("ppro");
    const called: unknown[] = [];
    Object.assign(provider, { chargeLink: async (input: unknown) => void called.push(input) });
    const charge = chargeLinkedCard({ db: t.prisma, provider: () => provider, appUrl: "http://app.test" }, { initiation: "merchant", cardId, merchantId: DEMO_MERCHANT_ID, amount: 1500, currency: "EUR", description: "One more box", orderReference: newId("order") });
    const refusal = await charge.then(() => null, (e: unknown) => e);
    expect(refusal).toBeInstanceOf(WipRefusedError);
    expect((refusal as WipRefusedError).reason).toBe("wip_card_deleted");
    expect(called).toHaveLength(0);
  });

  it("stopping one schedule leaves the card and the other schedule alone", async () => {
    const { holder, cardId, one, two, p } = await cardWithSchedules();
    await createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: one.id, reason: "" });
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: one.id } })).status).toBe("STOPPED");
    expect((await t.prisma.wipSchedule.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("ACTIVE");
    expect(await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({ status: "ACTIVE", deletedAt: null });
    expect(Number(await revokeJob(cardId))).toBe(0);
    expect((await cardsOf(t.prisma, holder.id)).find((c) => c.id === cardId)?.state).toBe("active");
  });
  it("a stop from a receipt of a card since replaced stops the replacement and its schedules", async () => {
    const { holder, cardId, one, two, p } = await cardWithSchedules();
    // Re-linked: the old card is deleted and points to its replacement, which took its schedules.
    const newCard = newId("card");
    await t.prisma.linkedCard.create({ data: { id: newCard, merchantId: DEMO_MERCHANT_ID, provider: "ppro", cardholderId: holder.id, tokenEncrypted: sealSecret("agr_Stop2"), bin: "670999", last4: "9876", expiry: "2031-05", paymentId: newId("pay") } });
    await t.prisma.linkedCard.update({ where: { id: cardId }, data: { replacedById: newCard, deletedAt: new Date(), status: "REVOKED" } });
    await t.prisma.wipSchedule.updateMany({ where: { id: { in: [one.id, two.id] } }, data: { cardId: newCard } });
    await createRequest(t.prisma, p.paymentId, who(holder.email), { kind: "stop", scheduleId: null, reason: "" });
    expect((await t.prisma.wipSchedule.findMany({ where: { id: { in: [one.id, two.id] } } })).map((s) => s.status)).toEqual(["STOPPED", "STOPPED"]);
    expect(await t.prisma.linkedCard.findUniqueOrThrow({ where: { id: newCard } })).toMatchObject({ status: "REVOKED", deletedAt: expect.any(Date) });
  });

  it("a charge on a saved card belongs to the card's holder only, whatever email the checkout carries", async () => {
    const { holder, cardId } = await cardWithSchedules();
    const other = await t.prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.com`, emailVerified: new Date() } });
    const onCard = await paidPayment(other.email, 1000, { linkedCardId: cardId, initiation: "merchant" });
    expect(await ownsPayment(t.prisma, holder, onCard.paymentId)).toBe(true);
    expect(await ownsPayment(t.prisma, other, onCard.paymentId)).toBe(false);
    // Without a saved card, the checkout's email is its owner's.
    const atCheckout = await paidPayment(other.email, 1000);
    expect(await ownsPayment(t.prisma, { ...other, email: other.email.toUpperCase() }, atCheckout.paymentId)).toBe(true);
    expect(await ownsPayment(t.prisma, holder, atCheckout.paymentId)).toBe(false);
  });
});
