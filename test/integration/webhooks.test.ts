import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { createWooshpayProvider } from "@/lib/providers/wooshpay/client";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { bodySha256, REJECTED_BODY_BYTES } from "@/lib/webhooks/protect-body";

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
    expect(stored.bodySha256).toBe(bodySha256(body));
    expect(stored.bodyBytes).toBe(Buffer.byteLength(body));
    // Stored as received but for the PaymentIntent's client secret.
    const { data: { object: storedIntent } } = JSON.parse(stored.body) as { data: { object: Record<string, unknown> } };
    const { data: { object: sentIntent } } = JSON.parse(body) as { data: { object: Record<string, unknown> } };
    expect(storedIntent).toEqual({ ...sentIntent, client_secret: "[redacted]" });
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
    const rejected = await t.prisma.webhookEvent.findFirstOrThrow({ where: { verified: false, bodySha256: bodySha256(forged.body) } });
    expect(rejected.rejectReason).toMatch(/already used with another body/);
    expect((await t.prisma.webhookEvent.findFirstOrThrow({ where: { providerEventId: "evt_reuse" } })).bodySha256).toBe(bodySha256(first.body));
  });
});

describe.each(BACKENDS)("stored webhook bodies on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every column of the row as PostgreSQL renders it: nothing may hide in any of them. */
  const rawRow = async (id: string) =>
    (await t.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(w)::text AS row FROM "WebhookEvent" w WHERE id = $1`, id))[0]!.row;

  it("keeps no IBAN of a verified event, masked to country and last four; applies it as before", async () => {
    const debtor = { bancontact: { debtor_iban: "BE68 5390 0754 7034", note: "refund to DE89370400440532013000" } };
    const event = signed("evt_iban", "payment_intent.succeeded", intent("pi_9000000000000000077", "pay_dddddddddddddddddddd", "succeeded", { payment_method_details: debtor }));
    expect((await receiveWebhook(t.prisma, provider, event.body, event.headers)).body).toMatchObject({ result: "unknown_payment" });
    const stored = await t.prisma.webhookEvent.findFirstOrThrow({ where: { providerEventId: "evt_iban" } });
    const row = await rawRow(stored.id);
    for (const secret of ["BE68539007547034", "5390 0754", "DE89370400440532013000", "0532013000", "pi_9000000000000000077_secret_x"]) expect(row).not.toContain(secret);
    expect(stored.body).toContain("BE68 **** **** 7034");
    expect(stored.body).toContain("DE89 **** **** 3000");
    // A retry of the same delivery is still recognised by the hash of what was received.
    expect((await receiveWebhook(t.prisma, provider, event.body, event.headers)).body).toMatchObject({ duplicate: true });
  });

  it("stores a rejected 60 KiB body truncated, protected, with the hash and size of the whole", async () => {
    const filler = "x".repeat(60 * 1024);
    const body = JSON.stringify({ id: "evt_big", debtor: { iban: "BE68539007547034" }, filler });
    const res = await receiveWebhook(t.prisma, provider, body, new Headers({ "wooshpay-signature": "t=1,v1=00" }));
    expect(res.status).toBe(400);
    const stored = await t.prisma.webhookEvent.findFirstOrThrow({ where: { bodySha256: bodySha256(body) } });
    expect(stored.verified).toBe(false);
    expect(Buffer.byteLength(stored.body)).toBe(REJECTED_BODY_BYTES);
    expect(stored.bodyBytes).toBe(Buffer.byteLength(body));
    expect(stored.body.startsWith('{"id":"evt_big","debtor":{"iban":"BE68 **** **** 7034"}')).toBe(true);
    expect(await rawRow(stored.id)).not.toContain("BE68539007547034");
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
