// A receipt is never lost when the mail server is down, through the real receipt path: a payment
// becomes PAID (its receipt written to the outbox with its send job) while nothing listens on the
// configured SMTP port; the send-mail worker fails and the row shows it to staff; then a server
// comes up on that port and the retried job delivers the receipt once, text and HTML. The same for
// a refund receipt. Both databases.
import { createServer, type AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { parseMail, smtpCapture, type SmtpCapture } from "../smtp-capture";
import { paymentDetail } from "@/lib/backoffice/payment-detail";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { newId } from "@/lib/ids";
import { startWorker } from "@/lib/jobs/queue";
import { SEND_MAIL, sendMailTask } from "@/lib/jobs/send-mail";
import { settleRefund } from "@/lib/refunds/settle-refund";

const DAY = 86_400_000;
let port = 0;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const { port: free } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return free;
}

const before = process.env.SMTP_URL;
beforeAll(async () => {
  // Read by env() on first use, which comes after this: every receipt of this file is queued for
  // a mail server on a port where, for now, nothing listens.
  port = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});
afterAll(() => {
  if (before === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = before;
});

describe.each(BACKENDS)("receipts while the mail server is down, on $name", ({ open }) => {
  let t: TestDb;
  let worker: Runner | undefined;
  let server: SmtpCapture | undefined;
  beforeAll(async () => {
    t = await open();
  });
  const stopAll = async () => {
    await worker?.stop();
    await server?.stop();
    worker = server = undefined;
  };
  afterEach(stopAll);
  afterAll(async () => {
    await t?.close();
  });

  /** A checkout payment for `email`, made PAID as a provider's webhook would. */
  async function paidPayment(email: string, amount: number) {
    const checkoutId = newId("chk");
    const paymentId = newId("pay");
    const providerPaymentId = `pi_${newId("x")}`;
    await t.prisma.checkout.create({
      data: { id: checkoutId, merchantId: DEMO_MERCHANT_ID, amount, currency: "EUR", description: "Box of 24 pralines", merchantReference: newId("order"), customerEmail: email, returnUrl: "https://shop.example/done", status: "OPEN", expiresAt: new Date(Date.now() + DAY) },
    });
    await t.prisma.payment.create({ data: { id: paymentId, checkoutId, merchantId: DEMO_MERCHANT_ID, provider: "wooshpay", providerPaymentId, status: "PENDING", amount, currency: "EUR" } });
    await applyProviderSnapshot(t.prisma, "wooshpay", { providerPaymentId, ourPaymentId: paymentId, providerStatus: "succeeded", status: "PAID", capturedAmount: amount, failure: null }, "webhook");
    return paymentId;
  }

  /**
   * The mail of `kind` about the payment: queued, failed once against the dead port (staff see the
   * error and the attempt on the payment), then, with a server on that port, delivered once.
   */
  async function deliveredAfterOutage(paymentId: string, kind: string, to: string) {
    const row = () => t.prisma.mailMessage.findFirstOrThrow({ where: { paymentId, kind } });
    expect((await row()).status).toBe("QUEUED");
    // The send-mail worker, as every instance runs it, with the configured (dead) server.
    worker = await startWorker({ connectionString: t.queueUrl, tasks: { [SEND_MAIL]: sendMailTask(t.prisma, { smtpUrl: env().smtpUrl!, from: env().mailFrom }) } });
    await expect.poll(async () => (await row()).status, { timeout: 20_000, interval: 100 }).toBe("RETRYING");
    const failed = await row();
    expect(failed).toMatchObject({ to, attempts: 1, error: expect.stringMatching(/ECONNREFUSED/), sentAt: null });
    const staff = (await paymentDetail(t.prisma, DEMO_MERCHANT_ID, paymentId))!.mails.find((m) => m.id === failed.id);
    expect(staff).toMatchObject({ kind, status: "RETRYING", attempts: 1, error: expect.stringMatching(/ECONNREFUSED/) });

    server = smtpCapture();
    await server.start(port);
    // The next attempt comes exp(1) ≈ 2.7 s after the first.
    await expect.poll(async () => (await row()).status, { timeout: 30_000, interval: 100 }).toBe("SENT");
    expect((await row()).attempts).toBeGreaterThanOrEqual(2);
    // Give a duplicate time to arrive before counting.
    await new Promise((r) => setTimeout(r, 1000));
    const received = server.received.filter((m) => m.to.includes(to));
    expect(received).toHaveLength(1);
    const { text, html } = await parseMail(received[0]!.raw);
    return { text, html };
  }

  it("the receipt of a payment made PAID during the outage is delivered once when the server is back", async () => {
    const email = `${newId("c")}@example.com`;
    const paymentId = await paidPayment(email, 2500);
    const { text, html } = await deliveredAfterOutage(paymentId, "receipt", email);
    for (const part of ["Maison Praline", "€25.00", "Box of 24 pralines", paymentId, `/payments/${paymentId}/receipt?t=`]) {
      expect(text).toContain(part);
      expect(html).toContain(part);
    }
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
  });

  it("so is a refund receipt", async () => {
    const email = `${newId("c")}@example.com`;
    const paymentId = await paidPayment(email, 3000);
    await deliveredAfterOutage(paymentId, "receipt", email);
    await stopAll();

    const refund = await t.prisma.refund.create({ data: { id: newId("re"), paymentId, merchantId: DEMO_MERCHANT_ID, amount: 1200, status: "PENDING" } });
    await t.prisma.payment.update({ where: { id: paymentId }, data: { refundedAmount: 1200 } });
    await settleRefund(t.prisma, refund.id, { status: "SUCCEEDED" });
    const { text, html } = await deliveredAfterOutage(paymentId, "refund-receipt", email);
    for (const part of ["Maison Praline refunded €12.00", "Refunded in all: €12.00", `/payments/${paymentId}/requests?t=`]) {
      expect(text).toContain(part);
      expect(html).toContain(part);
    }
  });
});
