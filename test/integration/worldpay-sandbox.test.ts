// The Worldpay client against the Worldpay sandbox's own route handlers, over real HTTP: whole
// payments (approve, decline, cancel), webhooks verified from the sandbox's delivery rows,
// refunds, and the sandbox's documented errors.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { toWebRequest, writeWebResponse } from "./web-adapter";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, useAsProcessDatabase } from "./databases";
import * as createRoute from "@/app/(sandbox)/sandbox/worldpay/apmPayments/route";
import * as paymentRoute from "@/app/(sandbox)/sandbox/worldpay/apmPayments/[paymentId]/route";
import * as reversalsRoute from "@/app/(sandbox)/sandbox/worldpay/apmPayments/[paymentId]/reversals/route";
import * as partialRoute from "@/app/(sandbox)/sandbox/worldpay/apmPayments/[paymentId]/partialReversals/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createWorldpayProvider } from "@/lib/providers/worldpay/client";
import { ProviderError, type PaymentProvider, type StartPaymentInput } from "@/lib/providers/types";
import { decide } from "@/lib/sandboxes/worldpay/service";
import { MAGIC_FAILED_REFUND, SETTLE_AFTER_MS } from "@/lib/sandboxes/worldpay/refunds";
import { receiveWebhook } from "@/lib/webhooks/inbox";
import { applyProviderSnapshot } from "@/lib/checkouts/apply-update";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { startPayment } from "@/lib/checkouts/start-payment";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { refundPayment } from "@/lib/refunds/refund-payment";
import { settlePendingRefunds } from "@/lib/refunds/settle-pending";

type Ctx = { params: Promise<{ paymentId: string }> };
type Handler = (request: Request, ctx: Ctx) => Promise<Response>;

/** Plays Next's router for the sandbox's API routes (params decoded, as Next hands them). */
function route(method: string, path: string): { handler: Handler; paymentId: string } | null {
  const m = /^\/apmPayments(?:\/([^/]+)(?:\/(reversals|partialReversals))?)?$/.exec(path);
  if (!m) return null;
  const paymentId = m[1] ? decodeURIComponent(m[1]) : "";
  if (!m[1]) return method === "POST" ? { handler: (r) => createRoute.POST(r, { params: Promise.resolve({}) }), paymentId } : null;
  if (!m[2]) return method === "GET" ? { handler: paymentRoute.GET, paymentId } : null;
  if (method !== "POST") return null;
  return { handler: m[2] === "reversals" ? reversalsRoute.POST : partialRoute.POST, paymentId };
}

async function adapt(req: IncomingMessage, res: ServerResponse, base: string) {
  const { request, url } = await toWebRequest(req, base);
  const found = route(req.method ?? "GET", url.pathname);
  if (!found) {
    res.writeHead(404).end();
    return;
  }
  await writeWebResponse(res, await found.handler(request, { params: Promise.resolve({ paymentId: found.paymentId }) }));
}

const server = createServer((req, res) => void adapt(req, res, apiUrl).catch((e: unknown) => res.writeHead(500).end(String(e))));
let apiUrl = "";
let provider: PaymentProvider;
const realFetch = globalThis.fetch;
const webhooksDelivered: string[] = [];

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s = env().sandbox;
  provider = createWorldpayProvider({ apiUrl, username: s.worldpayUsername, password: s.worldpayPassword, entity: s.worldpayEntity, webhookUrl: "unused" });
  // The app is not running: the app's webhook endpoint answers 200 here, so that the sandbox's
  // background retries do not outlive the test's databases. The bodies are checked from the rows.
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === `${env().appUrl}/api/webhooks/worldpay`) {
      webhooksDelivered.push(String(init?.body));
      return new Response("{}", { status: 200 });
    }
    return realFetch(input, init);
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise<void>((r) => server.close(() => r()));
});

let seq = 0;
const start = (over: Partial<StartPaymentInput> = {}) => {
  const paymentId = `pay_wp_${Date.now()}_${++seq}`;
  return provider.startPayment({
    paymentId,
    amount: 2500,
    currency: "EUR",
    description: "Waffles at the Grand Place",
    merchantReference: `W-${seq}`,
    customerEmail: null,
    shopperName: "",
    returnUrl: "http://localhost:3999/checkout/return?c=chk_1",
    webhookUrl: "unused",
    idempotencyKey: paymentId,
    locale: "en",
    linkCard: false,
    ...over,
  });
};
const caught = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ProviderError);
const post = (path: string, body: unknown, auth = true) => {
  const s = env().sandbox;
  const headers: Record<string, string> = { "content-type": "application/json", "wp-api-version": "2024-07-01" };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${s.worldpayUsername}:${s.worldpayPassword}`).toString("base64")}`;
  return realFetch(`${apiUrl}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
};
const validBody = (amount: number) => ({
  transactionReference: `raw-${Date.now()}-${++seq}`,
  merchant: { entity: env().sandbox.worldpayEntity },
  instruction: {
    method: "bancontact",
    value: { amount, currency: "EUR" },
    narrative: { line1: "Waffles" },
    paymentInstrument: { type: "direct", country: "BE" },
    resultUrls: { success: "http://localhost:3999/ok" },
  },
});

describe.each(BACKENDS)("Worldpay sandbox on $name", ({ open }) => {
  useAsProcessDatabase(open);

  /** The sandbox's bank answers refunds SETTLE_AFTER_MS after they were accepted: make them that old. */
  const ageSandboxRefunds = async (paymentRef: string) =>
    (await db()).sandboxRecord.updateMany({ where: { provider: "worldpay", kind: "refund", ref: paymentRef }, data: { createdAt: new Date(Date.now() - SETTLE_AFTER_MS - 1) } });

  const deliveries = async (paymentRef: string) =>
    (await db()).sandboxWebhookDelivery.findMany({ where: { provider: "worldpay", paymentRef }, orderBy: { createdAt: "asc" } });

  it("approves: redirect, PAID, and webhooks that verify by reading the payment back", async () => {
    const started = await start();
    expect(started.status).toBe("PENDING");
    expect(started.action).toMatchObject({ type: "redirect" });
    const redirect = started.action?.type === "redirect" ? started.action.url : "";
    expect(redirect.startsWith(`${env().appUrl}/sandbox/worldpay/pay/`)).toBe(true);
    expect((await provider.getPayment(started.providerPaymentId)).status).toBe("PENDING");
    // The retried start (same transactionReference) answers with the same payment.
    const again = await start({ paymentId: started.ourPaymentId ?? "" });
    expect(again.providerPaymentId).toBe(started.providerPaymentId);

    const back = await decide(started.providerPaymentId, "approve");
    expect(new URL(back ?? "").searchParams.get("outcome")).toBe("success");
    const read = await provider.getPayment(started.providerPaymentId);
    expect(read).toMatchObject({ status: "PAID", providerStatus: "sentForSettlement", capturedAmount: 2500, ourPaymentId: started.ourPaymentId });

    const rows = await deliveries(started.providerPaymentId);
    expect(rows.map((r) => (JSON.parse(r.body) as { eventDetails: { type: string } }).eventDetails.type)).toEqual(["authorized", "sentForSettlement"]);
    expect(rows.every((r) => r.deliveredAt !== null && r.url === `${env().appUrl}/api/webhooks/worldpay`)).toBe(true);
    const row = rows[1]!;
    const v = await provider.verifyWebhook(row.body, new Headers(row.headers as Record<string, string>), new Date());
    expect(v).toMatchObject({ ok: true, event: { eventType: "sentForSettlement", snapshot: { status: "PAID", providerPaymentId: started.providerPaymentId } } });
    const again2 = await provider.verifyWebhook(row.body, new Headers(), new Date());
    expect(again2.ok && v.ok && again2.event.eventId === v.event.eventId).toBe(true);

    // A forged event naming this payment under another transaction reference is refused.
    const forged = JSON.parse(row.body) as { eventDetails: { transactionReference: string } };
    forged.eventDetails.transactionReference = "someone-else";
    expect((await provider.verifyWebhook(JSON.stringify(forged), new Headers(), new Date())).ok).toBe(false);
  });

  it("declines and cancels, each back to its own result URL", async () => {
    const declined = await start();
    expect(new URL((await decide(declined.providerPaymentId, "decline")) ?? "").searchParams.get("outcome")).toBe("failure");
    expect(await provider.getPayment(declined.providerPaymentId)).toMatchObject({ status: "FAILED", failure: { code: "refused" } });

    const abandoned = await start();
    // Nothing to cancel while the shopper is at the bank: the payment is returned as it is.
    expect((await provider.cancelPayment(abandoned.providerPaymentId)).status).toBe("PENDING");
    expect(new URL((await decide(abandoned.providerPaymentId, "cancel")) ?? "").searchParams.get("outcome")).toBe("cancel");
    expect((await provider.getPayment(abandoned.providerPaymentId)).status).toBe("CANCELLED");
    const [row] = await deliveries(abandoned.providerPaymentId);
    const v = await provider.verifyWebhook(row!.body, new Headers(row!.headers as Record<string, string>), new Date());
    expect(v).toMatchObject({ ok: true, event: { eventType: "cancelled", snapshot: { status: "CANCELLED" } } });
    // A second decision changes nothing.
    await decide(abandoned.providerPaymentId, "approve");
    expect((await provider.getPayment(abandoned.providerPaymentId)).status).toBe("CANCELLED");
  });

  it("refunds in parts, never more than was paid, and not before payment", async () => {
    const p = await start();
    const refund = (amount: number, key: string) => provider.refundPayment({ providerPaymentId: p.providerPaymentId, amount, currency: "EUR", description: "r", idempotencyKey: key });
    expect(await caught(refund(100, `ref_early_${seq}`))).toMatchObject({ kind: "rejected", details: { code: "actionNotAllowed" } });
    await decide(p.providerPaymentId, "approve");
    const first = await refund(1000, `ref_a_${p.providerPaymentId.slice(-12)}`);
    // Accepted (202), settled later by Worldpay's refund events.
    expect(first.status).toBe("PENDING");
    expect((await refund(1000, `ref_a_${p.providerPaymentId.slice(-12)}`)).providerRefundId).toBe(first.providerRefundId);
    const tooMuch = await caught(refund(1501, `ref_b_${p.providerPaymentId.slice(-12)}`));
    expect(tooMuch).toMatchObject({ kind: "rejected", details: { validationErrors: [{ path: "$.value.amount" }] } });
    const refC = `ref_c_${p.providerPaymentId.slice(-12)}`;
    expect((await refund(1500, refC)).status).toBe("PENDING");
    // Accepted only: the bank has not answered yet.
    expect(await provider.getPayment(p.providerPaymentId)).toMatchObject({ status: "PAID", providerStatus: "sentForRefund" });
    const lookup = { providerPaymentId: p.providerPaymentId, providerRefundId: null, idempotencyKey: refC };
    expect(await provider.getRefund!(lookup)).toEqual({ status: "PENDING" });
    await ageSandboxRefunds(p.providerPaymentId);
    expect(await provider.getPayment(p.providerPaymentId)).toMatchObject({ status: "PAID", providerStatus: "refunded" });
    expect(await provider.getRefund!(lookup)).toEqual({ status: "SUCCEEDED" });
    const events = (await deliveries(p.providerPaymentId)).map((d) => (JSON.parse(d.body) as { eventDetails: { type: string; amount: { value: number }; reference?: string } }).eventDetails);
    expect(events.filter((e) => e.type === "refunded").map((e) => e.reference).sort()).toEqual([`ref_a_${p.providerPaymentId.slice(-12)}`, refC].sort());
    expect(events.find((e) => e.reference === refC && e.type === "refunded")).toMatchObject({ amount: { value: 1500 } });
  });

  it("a refund the bank refuses comes back refundFailed and its amount can be refunded again", async () => {
    const p = await start({ amount: 1313 });
    await decide(p.providerPaymentId, "approve");
    const refund = (key: string) => provider.refundPayment({ providerPaymentId: p.providerPaymentId, amount: 1313, currency: "EUR", description: "r", idempotencyKey: key });
    const key = `ref_fail_${p.providerPaymentId.slice(-12)}`;
    await refund(key);
    expect(await caught(refund(`ref_more_${p.providerPaymentId.slice(-12)}`))).toMatchObject({ kind: "rejected" });
    await ageSandboxRefunds(p.providerPaymentId);
    expect(await provider.getRefund!({ providerPaymentId: p.providerPaymentId, providerRefundId: null, idempotencyKey: key })).toMatchObject({ status: "FAILED" });
    expect((await provider.getPayment(p.providerPaymentId)).providerStatus).toBe("refundFailed");
    // Nothing left the merchant's account: the whole amount is refundable again.
    expect(await caught(refund(`ref_again_${p.providerPaymentId.slice(-12)}`))).toBeNull();
  });

  it("the job settles a PENDING Worldpay refund once the sandbox's bank has answered", async () => {
    const prisma = await db();
    const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(prisma, merchant, { amount: 4_000, currency: "EUR", description: "d", merchantReference: "wp-job", shopperName: "Tom Hans", returnUrl: "http://localhost:3999/orders/r" });
    const { paymentId } = await startPayment({ db: prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    const payment = await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    await decide(payment.providerPaymentId!, "approve");
    await applyProviderSnapshot(prisma, "worldpay", await provider.getPayment(payment.providerPaymentId!), "webhook");
    const refund = await refundPayment(prisma, () => provider, DEMO_MERCHANT_ID, paymentId, { amount: 1_000 });
    expect(refund.status).toBe("PENDING");
    const later = new Date(Date.now() + 61_000);
    // The bank has not answered: asked, still pending, asked again only after the backoff.
    expect(await settlePendingRefunds(prisma, () => provider, later)).toEqual({ asked: 1, settled: 0 });
    expect(await settlePendingRefunds(prisma, () => provider, new Date(later.getTime() + 1_000))).toEqual({ asked: 0, settled: 0 });
    await ageSandboxRefunds(payment.providerPaymentId!);
    expect(await settlePendingRefunds(prisma, () => provider, new Date(later.getTime() + 120_000))).toEqual({ asked: 1, settled: 1 });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: "SUCCEEDED", checks: 2 });
    expect((await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(1_000);
  });

  it("Worldpay's refund events settle refunds: a refunded one succeeds, a refundFailed one gives its amount back", async () => {
    const prisma = await db();
    const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
    const checkout = await createCheckout(prisma, merchant, { amount: 5_000, currency: "EUR", description: "d", merchantReference: "wp-events", shopperName: "Tom Hans", returnUrl: "http://localhost:3999/orders/r" });
    const { paymentId } = await startPayment({ db: prisma, provider, appUrl: "http://x", locale: "en" }, checkout.id);
    const wpId = (await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).providerPaymentId!;
    await decide(wpId, "approve");
    await applyProviderSnapshot(prisma, "worldpay", await provider.getPayment(wpId), "webhook");
    const ok = await refundPayment(prisma, () => provider, DEMO_MERCHANT_ID, paymentId, { amount: 1_000 });
    const bad = await refundPayment(prisma, () => provider, DEMO_MERCHANT_ID, paymentId, { amount: MAGIC_FAILED_REFUND });
    expect((await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(1_000 + MAGIC_FAILED_REFUND);
    const before = (await deliveries(wpId)).length;
    await ageSandboxRefunds(wpId);
    await provider.getPayment(wpId); // the sandbox's bank answers, and Worldpay sends its events
    const events = (await deliveries(wpId)).slice(before);
    expect(events.map((d) => (JSON.parse(d.body) as { eventDetails: { type: string } }).eventDetails.type).sort()).toEqual(["refundFailed", "refunded"]);
    // Each event delivered twice (a retry), and both at once: settled once all the same.
    await Promise.all([...events, ...events].map((d) => receiveWebhook(prisma, provider, d.body, new Headers(d.headers as Record<string, string>))));
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: ok.id } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: bad.id } })).toMatchObject({ status: "FAILED", failureMessage: "Worldpay reports the refund as refundFailed" });
    expect((await prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedAmount).toBe(1_000);
  });

  it("refuses a single refund above 3,000 EUR", async () => {
    const p = await start({ amount: 400_000 });
    await decide(p.providerPaymentId, "approve");
    const path = `/apmPayments/${encodeURIComponent(p.providerPaymentId)}/partialReversals`;
    const res = await post(path, { value: { amount: 300_001, currency: "EUR" }, reference: `big_${seq}` });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errorName: "bodyDoesNotMatchSchema", validationErrors: [{ jsonPath: "$.value.amount" }] });
    expect((await post(path, { value: { currency: "EUR" } })).status).toBe(400);
  });

  it("answers the documented 400 for missing or out-of-range fields, with every field", async () => {
    const magic = await caught(start({ amount: 404 }));
    expect(magic).toMatchObject({
      kind: "rejected",
      details: { code: "bodyDoesNotMatchSchema", httpStatus: 400, validationErrors: [{ path: "$.instruction.value.amount", message: "sandbox: amount 4.04 is always refused" }] },
    });
    const b: Partial<ReturnType<typeof validBody>> & Pick<ReturnType<typeof validBody>, "instruction"> = validBody(1);
    delete b.transactionReference;
    b.instruction.method = "ideal";
    b.instruction.value.currency = "USD";
    const res = await post("/apmPayments", b);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { errorName: string; validationErrors: { errorName: string; jsonPath: string }[] };
    expect(json.errorName).toBe("bodyDoesNotMatchSchema");
    expect(json.validationErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ errorName: "fieldIsMissing", jsonPath: "$.transactionReference" }),
        expect.objectContaining({ errorName: "fieldHasInvalidValue", jsonPath: "$.instruction.method" }),
        expect.objectContaining({ errorName: "fieldHasInvalidValue", jsonPath: "$.instruction.value.currency" }),
        expect.objectContaining({ errorName: "fieldHasInvalidValue", jsonPath: "$.instruction.value.amount" }),
      ]),
    );
    const high = (await (await post("/apmPayments", validBody(500_001))).json()) as { validationErrors: { jsonPath: string }[] };
    expect(high.validationErrors).toEqual([expect.objectContaining({ jsonPath: "$.instruction.value.amount" })]);
    expect((await post("/apmPayments", validBody(2))).status).toBe(201);
  });

  it("refuses bad credentials with 401 and unknown payments with 404", async () => {
    const s = env().sandbox;
    const wrong = createWorldpayProvider({ apiUrl, username: s.worldpayUsername, password: "not-the-password", entity: s.worldpayEntity, webhookUrl: "unused" });
    const p = await start();
    expect(await caught(wrong.getPayment(p.providerPaymentId))).toMatchObject({ kind: "rejected", details: { code: "accessDenied", httpStatus: 401 } });
    expect((await post("/apmPayments", validBody(100), false)).status).toBe(401);
    expect(await caught(provider.getPayment("no-such-payment"))).toMatchObject({ kind: "rejected", details: { httpStatus: 404 } });
  });
});
