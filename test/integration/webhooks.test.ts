import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { createWooshpayProvider } from "@/lib/providers/wooshpay/client";
import { receiveWebhook } from "@/lib/webhooks/inbox";

const SECRET = "whsec_integration_secret";
const provider = createWooshpayProvider({ apiUrl: "http://unused.invalid", secretKey: "sk_unused", webhookSecret: SECRET });

function intent(id: string, ours: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    object: "payment_intent",
    created: Date.now(),
    livemode: false,
    currency: "EUR",
    amount: 1200,
    amount_received: status === "succeeded" ? 1200 : 0,
    status,
    merchant_order_id: ours,
    client_secret: `${id}_secret_x`,
    next_action: null,
    payment_method_types: ["bancontact"],
    return_url: "http://x",
    payment_method: "pm_1",
    capture_method: "automatic",
    ...extra,
  };
}

function signed(eventId: string, type: string, object: unknown, secret = SECRET) {
  const body = JSON.stringify({ id: eventId, object: "event", type, created: Date.now(), livemode: false, data: { object } });
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", secret).update(`${t}.${body}`).digest("hex");
  return { body, headers: new Headers({ "wooshpay-signature": `t=${t},v1=${v1}`, "content-type": "application/json" }) };
}

describe.each(BACKENDS)("WooshPay webhooks on $name", ({ open }) => {
  let t: TestDb;
  let paymentId: string;
  const piId = "pi_9000000000000000001";

  beforeAll(async () => {
    t = await open();
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, {
      amount: 1200,
      currency: "EUR",
      description: "Waffles",
      merchantReference: "W-1",
      returnUrl: "http://localhost:3999/orders/W-1",
    });
    paymentId = "pay_aaaaaaaaaaaaaaaaaaaa";
    // As the checkout records it before calling the provider: the provider's id not known yet.
    await t.prisma.payment.create({
      data: { id: paymentId, checkoutId: checkout.id, merchantId: merchant.id, provider: "wooshpay", status: "CREATED", amount: 1200, currency: "EUR" },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const payment = () => t.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });

  it("rejects a bad signature with 400, keeps it as rejected, changes nothing", async () => {
    const { body, headers } = signed("evt_bad", "payment_intent.succeeded", intent(piId, paymentId, "succeeded"), "whsec_wrong");
    const res = await receiveWebhook(t.prisma, provider, body, headers);
    expect(res.status).toBe(400);
    const stored = await t.prisma.webhookEvent.findFirstOrThrow({ where: { verified: false }, orderBy: { receivedAt: "desc" } });
    expect(stored.rawBody).toBe(body);
    expect(stored.rejectReason).toMatch(/does not match/);
    expect((await payment()).status).toBe("CREATED");
  });

  it("rejects a missing signature", async () => {
    const { body } = signed("evt_nosig", "payment_intent.succeeded", intent(piId, paymentId, "succeeded"));
    expect((await receiveWebhook(t.prisma, provider, body, new Headers())).status).toBe(400);
    expect((await payment()).status).toBe("CREATED");
  });

  let success: { body: string; headers: Headers };

  it("applies a success that arrives before the provider's id is stored, finding the payment by our id", async () => {
    success = signed("evt_ok", "payment_intent.succeeded", intent(piId, paymentId, "succeeded"));
    const { body, headers } = success;
    const res = await receiveWebhook(t.prisma, provider, body, headers);
    expect(res).toEqual({ status: 200, body: { received: true, result: "applied" } });
    const p = await payment();
    expect(p.status).toBe("PAID");
    expect(p.providerPaymentId).toBe(piId);
    expect(p.capturedAmount).toBe(1200);
  });

  it("acknowledges a repeated event (same id, same body) without applying it again", async () => {
    const { body, headers } = success;
    const res = await receiveWebhook(t.prisma, provider, body, headers);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ duplicate: true });
    expect(await t.prisma.webhookEvent.count({ where: { providerEventId: "evt_ok" } })).toBe(1);
    expect(await t.prisma.paymentEvent.count({ where: { paymentId, toStatus: "PAID" } })).toBe(1);
  });

  it("ignores an earlier state arriving late", async () => {
    const { body, headers } = signed("evt_late", "payment_intent.requires_action", intent(piId, paymentId, "requires_action"));
    const res = await receiveWebhook(t.prisma, provider, body, headers);
    expect(res.body).toMatchObject({ result: "stale" });
    expect((await payment()).status).toBe("PAID");
    const stored = await t.prisma.webhookEvent.findFirstOrThrow({ where: { providerEventId: "evt_late" } });
    expect(stored.appliedAt).not.toBeNull();
    expect(stored.applyResult).toBe("stale");
  });

  it("acknowledges an event about a payment it does not know", async () => {
    const { body, headers } = signed("evt_other", "payment_intent.succeeded", intent("pi_unknown", "pay_bbbbbbbbbbbbbbbbbbbb", "succeeded"));
    expect((await receiveWebhook(t.prisma, provider, body, headers)).body).toMatchObject({ result: "unknown_payment" });
  });
});

describe.each(BACKENDS)("event ids reused with another body on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses the second body and keeps it as rejected; the first stays applied", async () => {
    const first = signed("evt_reuse", "payment_intent.succeeded", intent("pi_9000000000000000009", "pay_cccccccccccccccccccc", "succeeded"));
    expect((await receiveWebhook(t.prisma, provider, first.body, first.headers)).status).toBe(200);
    const forged = signed("evt_reuse", "payment_intent.canceled", intent("pi_9000000000000000009", "pay_cccccccccccccccccccc", "canceled"));
    const res = await receiveWebhook(t.prisma, provider, forged.body, forged.headers);
    expect(res.status).toBe(400);
    const rejected = await t.prisma.webhookEvent.findFirstOrThrow({ where: { verified: false, rawBody: forged.body } });
    expect(rejected.rejectReason).toMatch(/already used with another body/);
    expect((await t.prisma.webhookEvent.findFirstOrThrow({ where: { providerEventId: "evt_reuse" } })).rawBody).toBe(first.body);
  });
});

describe.each(BACKENDS)("events that only name the payment on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("reads the payment's state from the provider", async () => {
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(t.prisma, merchant, { amount: 900, currency: "EUR", description: "d", merchantReference: "n", returnUrl: "http://localhost:3999/orders/n" });
    await t.prisma.payment.create({
      data: { id: "pay_namednamednamednamed", checkoutId: checkout.id, merchantId: merchant.id, provider: "worldpay", status: "PENDING", amount: 900, currency: "EUR", providerPaymentId: "wp-1" },
    });
    const reads: string[] = [];
    const namingProvider = {
      id: "worldpay" as const,
      async verifyWebhook() {
        return { ok: true as const, event: { eventId: "evt-named-1", eventType: "sentForSettlement", snapshot: null, readPayment: { ourPaymentId: "pay_namednamednamednamed" } } };
      },
      async getPayment(id: string) {
        reads.push(id);
        return { providerPaymentId: id, ourPaymentId: "pay_namednamednamednamed", providerStatus: "sentForSettlement", status: "PAID" as const, capturedAmount: null, failure: null };
      },
    } as unknown as Parameters<typeof receiveWebhook>[1];
    const res = await receiveWebhook(t.prisma, namingProvider, "{}", new Headers());
    expect(res.body).toMatchObject({ result: "applied" });
    expect(reads).toEqual(["wp-1"]);
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: "pay_namednamednamednamed" } });
    // The provider did not say what it captured: a paid payment captured its amount.
    expect(payment).toMatchObject({ status: "PAID", capturedAmount: 900 });
    expect((await t.prisma.checkout.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe("PAID");
  });
});
