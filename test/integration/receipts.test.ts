// Receipts and the cardholder's requests, on both databases: one receipt per payment however
// often PAID is reported, with its signed links; the refund receipt; the rules a request is held
// to; a stop request stops the schedule at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { newId } from "@/lib/ids";
import { checkLink } from "@/lib/links/signed-link";
import { openMailText } from "@/lib/mail/send";
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
});
