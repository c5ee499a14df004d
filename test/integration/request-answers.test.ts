// The merchant's answers to cardholder requests (lib/requests/answer.ts): approving in part makes
// one refund and mails the outcome in the cardholder's language; two approvals at once make one
// refund; declines and dispute answers; another merchant's request is not found. PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { RecordingProvider } from "./fake-provider";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";
import { openMailText } from "@/lib/mail/send";
import { answerRequest, type AnswerDeps } from "@/lib/requests/answer";

describe.each(BACKENDS)("answering cardholder requests on $name", ({ open }) => {
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
  async function request(paymentId: string, extra: { kind?: string; amount?: number | null; locale?: string } = {}) {
    const id = newId("req");
    await t.prisma.cardholderRequest.create({
      data: { id, merchantId: DEMO_MERCHANT_ID, paymentId, kind: extra.kind ?? "refund", email: "ann@example.test", amount: extra.amount === undefined ? 4_000 : extra.amount, reason: "one box arrived broken", locale: extra.locale ?? "nl" },
    });
    return id;
  }
  const deps = (provider: RecordingProvider): AnswerDeps => ({ db: t.prisma, providers: () => provider, smtpUrl: undefined, appUrl: "https://shop.test" });
  const mails = (paymentId: string) => t.prisma.mailMessage.findMany({ where: { paymentId, kind: "request-outcome" } });

  it("approves part of a refund request: one refund, REFUNDED with its id, the cardholder mailed in Dutch", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    const id = await request(paymentId);
    const answered = await answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: id, amount: 2_500 });
    expect(answered).toMatchObject({ status: "REFUNDED", approvedAmount: 2_500, refundId: expect.stringMatching(/^ref_/) });
    expect(provider.refunds).toEqual([{ providerPaymentId: provider.ids[0], amount: 2_500 }]);
    expect(await t.prisma.refund.findUniqueOrThrow({ where: { id: answered.refundId! } })).toMatchObject({ requestId: id, amount: 2_500 });
    const [mail, ...more] = await mails(paymentId);
    expect(more).toHaveLength(0);
    expect(mail).toMatchObject({ to: "ann@example.test", subject: "Maison Praline heeft uw verzoek beantwoord" });
    // Its link opens the progress page without a password: signed, like the receipt's links.
    const link = new RegExp(`https://shop\\.test/payments/${paymentId}/requests\\?t=[\\w.-]+`);
    expect(openMailText(mail!.text)).toMatch(link);
    const html = openMailText(mail!.html!);
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(link);
    // More than asked is refused on the amount; an answered request cannot be approved again.
    const other = await request(paymentId, { amount: 1_000 });
    await expect(answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: other, amount: 1_001 })).rejects.toMatchObject({ code: "refund_not_allowed", fields: [{ field: "amount" }] });
    await expect(answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: id })).rejects.toMatchObject({ code: "conflict" });
    expect(provider.refunds).toHaveLength(1);
  });

  it("two approvals at the same moment make one refund", async () => {
    const provider = new RecordingProvider("bancontact");
    provider.delayMs = 50;
    const paymentId = await paidPayment(provider);
    const id = await request(paymentId, { amount: null });
    const results = await Promise.allSettled([1, 2, 3].map(() => answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["conflict", "conflict"]);
    expect(provider.refunds).toEqual([{ providerPaymentId: provider.ids[0], amount: 10_000 }]);
    expect(await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REFUNDED", approvedAmount: 10_000 });
  });

  it("declines with a reason the cardholder reads, answers a dispute, and refuses the wrong decision", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    const refundId = await request(paymentId, { locale: "fr" });
    await expect(answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "decline", requestId: refundId, reason: "x" })).rejects.toMatchObject({ code: "invalid_request", fields: [{ field: "reason" }] });
    expect(await answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "decline", requestId: refundId, reason: "The box left us intact." })).toMatchObject({ status: "DECLINED", merchantAnswer: "The box left us intact." });
    const dispute = await request(paymentId, { kind: "dispute", amount: null, locale: "de" });
    await expect(answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: dispute })).rejects.toMatchObject({ code: "invalid_request" });
    expect(await answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "answer", requestId: dispute, answer: "We sent a new box." })).toMatchObject({ status: "ANSWERED" });
    expect((await mails(paymentId)).map((m) => m.subject).sort()).toEqual(["Maison Praline a répondu à votre demande", "Maison Praline hat Ihre Anfrage beantwortet"]);
    expect(provider.refunds).toHaveLength(0);
  });

  it("another merchant's request is not found; a refused refund leaves the request open and unmailed", async () => {
    const provider = new RecordingProvider("bancontact");
    const paymentId = await paidPayment(provider);
    const id = await request(paymentId);
    await expect(answerRequest(deps(provider), "mer_someone_else", { decision: "approve", requestId: id })).rejects.toMatchObject({ code: "not_found" });
    await expect(answerRequest(deps(provider), "mer_someone_else", { decision: "decline", requestId: id, reason: "Not ours to say." })).rejects.toMatchObject({ code: "not_found" });
    provider.refuseRefunds = true;
    await expect(answerRequest(deps(provider), DEMO_MERCHANT_ID, { decision: "approve", requestId: id })).rejects.toMatchObject({ code: "provider_rejected" });
    expect(await t.prisma.cardholderRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", approvedAmount: null });
    expect(await mails(paymentId)).toHaveLength(0);
  });
});
