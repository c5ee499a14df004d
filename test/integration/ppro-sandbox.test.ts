// The PPRO client against the PPRO sandbox's own route handlers, over real HTTP: link and pay
// (approve in the app, decline, void), webhooks verified from the sandbox's delivery rows,
// refunds, Wallet Initiated Payments on the agreement, and the sandbox's documented errors.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { toWebRequest, writeWebResponse } from "./web-adapter";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, useAsProcessDatabase } from "./databases";
import * as agreementsRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-agreements/route";
import * as agreementRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-agreements/[id]/route";
import * as agreementChargesRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-agreements/[id]/payment-charges/route";
import * as revokeRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-agreements/[id]/revoke/route";
import * as chargeRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-charges/[id]/route";
import * as refundsRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-charges/[id]/refunds/route";
import * as voidsRoute from "@/app/(sandbox)/sandbox/ppro/v1/payment-charges/[id]/voids/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createSubsequentCharge, getAgreement, revokeAgreement } from "@/lib/providers/ppro/agreements";
import { createPproProvider, startAgreementPayment, type PproConfig } from "@/lib/providers/ppro/client";
import { ProviderError, type PaymentProvider, type StartPaymentInput } from "@/lib/providers/types";
import { appPageFor } from "@/lib/sandboxes/app-links";
import { decide } from "@/lib/sandboxes/ppro/service";
import { findAgreement } from "@/lib/sandboxes/ppro/store";
import { AUTHENTICATION_WIP_AMOUNT } from "@/lib/sandboxes/ppro/operations";
import * as webhookRoute from "@/app/api/webhooks/ppro/route";
import { chargeLinkedCard } from "@/lib/cards/charge-card";
import { sealToken } from "@/lib/cards/link-card";
import { acceptTerms, currentTerms } from "@/lib/cards/terms";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";
import { openMailText } from "@/lib/mail/send";

type Handler = (request: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
const ROUTES: [string, RegExp, Handler][] = [
  ["POST", /^\/v1\/payment-agreements$/, (r) => agreementsRoute.POST(r, { params: Promise.resolve({}) })],
  ["GET", /^\/v1\/payment-agreements\/([^/]+)$/, agreementRoute.GET],
  ["POST", /^\/v1\/payment-agreements\/([^/]+)\/payment-charges$/, agreementChargesRoute.POST],
  ["POST", /^\/v1\/payment-agreements\/([^/]+)\/revoke$/, revokeRoute.POST],
  ["GET", /^\/v1\/payment-charges\/([^/]+)$/, chargeRoute.GET],
  ["POST", /^\/v1\/payment-charges\/([^/]+)\/refunds$/, refundsRoute.POST],
  ["POST", /^\/v1\/payment-charges\/([^/]+)\/voids$/, voidsRoute.POST],
];

/** Plays Next's router for the sandbox's API routes (params decoded, as Next hands them). */
async function adapt(req: IncomingMessage, res: ServerResponse, base: string) {
  const { request, url } = await toWebRequest(req, base);
  for (const [method, re, handler] of ROUTES) {
    const m = re.exec(url.pathname);
    if (!m || method !== req.method) continue;
    await writeWebResponse(res, await handler(request, { params: Promise.resolve({ id: decodeURIComponent(m[1] ?? "") }) }));
    return;
  }
  res.writeHead(404).end();
}

const server = createServer((req, res) => void adapt(req, res, apiUrl).catch((e: unknown) => res.writeHead(500).end(String(e))));
let apiUrl = "";
let config: PproConfig;
let provider: PaymentProvider;
const realFetch = globalThis.fetch;
const HOOK = "http://localhost:3999/api/webhooks/ppro";
/** What the sandbox sent to the app's webhook endpoint, as sent (signature header included). */
const sent: { body: string; headers: Headers }[] = [];

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s = env().sandbox;
  config = { apiUrl, apiKey: s.pproApiKey, webhookSecret: s.pproWebhookSecret, webhookUrl: HOOK };
  provider = createPproProvider(config);
  // The app is not running: its webhook endpoint answers 200 here, so that the sandbox's
  // background retries do not outlive the test's databases. The bodies are read from the rows.
  vi.stubGlobal("fetch", async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url !== HOOK) return realFetch(input, init);
    sent.push({ body: String(init?.body), headers: new Headers(init?.headers) });
    return new Response("{}", { status: 200 });
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise<void>((r) => server.close(() => r()));
});

let seq = 0;
const input = (over: Partial<StartPaymentInput> = {}): StartPaymentInput => {
  const paymentId = `pay_ppro_${Date.now()}_${++seq}`;
  return {
    paymentId,
    amount: 2500,
    currency: "EUR",
    description: "Pralines from the Sablon",
    merchantReference: `P-${seq}`,
    customerEmail: "marie.dupont@example.be",
    shopperName: "Marie Dupont",
    returnUrl: "http://localhost:3999/checkout/return?c=chk_1",
    webhookUrl: HOOK,
    idempotencyKey: paymentId,
    locale: "fr-BE",
    linkCard: true,
    ...over,
  };
};
const caught = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ProviderError);
const post = (path: string, body: unknown, apiKey = env().sandbox.pproApiKey) =>
  realFetch(`${apiUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` }, body: JSON.stringify(body) });
const validBody = () => ({
  paymentMethod: "BANCONTACT",
  authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: "https://shop.example/back" } }],
  consumer: { name: "Marie Dupont", country: "BE" },
  initialPaymentCharge: { amount: { value: 300, currency: "EUR" } },
});

describe.each(BACKENDS)("PPRO sandbox on $name", ({ open }) => {
  useAsProcessDatabase(open);

  const deliveries = async (chargeId: string) =>
    (await db()).sandboxWebhookDelivery.findMany({ where: { provider: "ppro", paymentRef: chargeId }, orderBy: { createdAt: "asc" } });
  // The row keeps the body; the signature is made per try, so it is taken from the request sent.
  const headersOf = (body: string) => sent.find((x) => x.body === body)?.headers ?? new Headers();
  const verify = (d: { body: string }, now = new Date()) => provider.verifyWebhook(d.body, headersOf(d.body), now);

  it("approves in the app: QR action, PAID, agreement ACTIVE, verified webhooks", async () => {
    const { started, agreementId } = await startAgreementPayment(config, input());
    expect(started).toMatchObject({ status: "PENDING", providerStatus: "AUTHENTICATION_PENDING", capturedAmount: 0 });
    expect(started.providerPaymentId).toMatch(/^charge_[A-Za-z0-9]{21}$/);
    expect(agreementId).toMatch(/^agr_[A-Za-z0-9]{21}$/);
    const action = started.action?.type === "qr" ? started.action : null;
    expect(action?.payload).toMatch(new RegExp(`^BEP://1BANCONTACT\\.SANDBOX\\.LOCAL/BEP/LA/${started.providerPaymentId}/[A-Z0-9]{33}\\$[A-Z0-9]{24}$`));
    expect(action?.deepLink).toBe(`bepgenapp://DoTx?TransId=${action?.payload.slice("BEP://".length)}`);
    expect(action?.redirectUrl).toBe(`${env().appUrl}/sandbox/ppro/pay/${started.providerPaymentId}`);
    expect(appPageFor(action?.payload ?? "")).toBe(`/sandbox/ppro/app/${started.providerPaymentId}`);
    expect(await getAgreement(config, agreementId)).toEqual({ id: agreementId, status: "AUTHENTICATION_PENDING" });
    // consumer.name is the shopper's typed full name (seed 001), not the email's local part.
    expect((await findAgreement(agreementId))?.data.consumer).toMatchObject({ name: "Marie Dupont", email: "marie.dupont@example.be" });

    expect(await decide(started.providerPaymentId, "approve")).toBe("http://localhost:3999/checkout/return?c=chk_1");
    const paid = await provider.getPayment(started.providerPaymentId);
    expect(paid).toMatchObject({ status: "PAID", providerStatus: "CAPTURED", capturedAmount: 2500, ourPaymentId: started.ourPaymentId });
    expect(await getAgreement(config, agreementId)).toEqual({ id: agreementId, status: "ACTIVE" });

    const rows = await deliveries(started.providerPaymentId);
    expect(rows.map((r) => r.url)).toEqual([HOOK, HOOK]);
    const charge = await verify(rows[0]!);
    expect(charge.ok && charge.event).toMatchObject({ eventType: "PAYMENT_CHARGE_CAPTURE_SUCCEEDED", snapshot: { status: "PAID", capturedAmount: 2500 } });
    const agreement = await verify(rows[1]!);
    expect(agreement.ok && agreement.event).toMatchObject({ eventType: "PAYMENT_AGREEMENT_ACTIVE", snapshot: null });
    // Tampered, stale or unsigned webhooks are refused.
    expect(rows.every((r) => r.deliveredAt !== null && r.attempts === 1)).toBe(true);
    expect((await provider.verifyWebhook(`${rows[0]!.body} `, headersOf(rows[0]!.body), new Date())).ok).toBe(false);
    expect((await provider.verifyWebhook(rows[0]!.body, new Headers(), new Date())).ok).toBe(false);
    expect((await verify(rows[0]!, new Date(Date.now() + 600_000))).ok).toBe(false);
    // A second answer changes nothing.
    await decide(started.providerPaymentId, "decline");
    expect((await provider.getPayment(started.providerPaymentId)).status).toBe("PAID");
  });

  it("declines: FAILED with the bank's reason, agreement FAILED, shopper sent to the failure URL", async () => {
    const { started, agreementId } = await startAgreementPayment(config, input({ linkCard: false }));
    const back = await decide(started.providerPaymentId, "decline");
    expect(back).toBe("http://localhost:3999/checkout/return?c=chk_1&isFailure=true");
    expect(await provider.getPayment(started.providerPaymentId)).toMatchObject({
      status: "FAILED",
      providerStatus: "FAILED",
      failure: { code: "DECLINED_BY_CONSUMER" },
    });
    expect((await getAgreement(config, agreementId)).status).toBe("FAILED");
    const rows = await deliveries(started.providerPaymentId);
    const event = await verify(rows[0]!);
    expect(event.ok && event.event).toMatchObject({ eventType: "PAYMENT_CHARGE_AUTHORIZATION_FAILED", snapshot: { status: "FAILED" } });
    // No charge on a failed agreement: PPRO accepts the call and answers with a failed charge.
    expect(await createSubsequentCharge(config, { agreementId, amount: 2500, idempotencyKey: `wip-${agreementId}` })).toMatchObject({
      status: "FAILED",
      failure: { code: "AGREEMENT_INACTIVE" },
    });
  });

  it("abandons, then the shop cancels: the void leaves it CANCELLED; a captured charge is not voided", async () => {
    const { started, agreementId } = await startAgreementPayment(config, input());
    expect(await decide(started.providerPaymentId, "abandon")).toContain("isFailure=true");
    expect((await provider.getPayment(started.providerPaymentId)).status).toBe("PENDING");
    expect(await provider.cancelPayment(started.providerPaymentId)).toMatchObject({ status: "CANCELLED", providerStatus: "VOIDED" });
    expect(await provider.cancelPayment(started.providerPaymentId)).toMatchObject({ status: "CANCELLED" });
    expect((await getAgreement(config, agreementId)).status).toBe("FAILED");
    const types = (await deliveries(started.providerPaymentId)).map((r) => (JSON.parse(r.body) as { type: string }).type);
    expect(types).toEqual(["PAYMENT_CHARGE_VOID_SUCCEEDED", "PAYMENT_AGREEMENT_FAILED"]);

    const paid = (await startAgreementPayment(config, input())).started;
    await decide(paid.providerPaymentId, "approve");
    expect(await provider.cancelPayment(paid.providerPaymentId)).toMatchObject({ status: "PAID" });
  });

  it("refunds several times up to what was captured, then refuses", async () => {
    const { started } = await startAgreementPayment(config, input());
    const id = started.providerPaymentId;
    expect((await caught(provider.refundPayment({ providerPaymentId: id, amount: 100, currency: "EUR", description: "r", idempotencyKey: `r0-${id}` })))?.kind).toBe("rejected");
    await decide(id, "approve");
    const r1 = await provider.refundPayment({ providerPaymentId: id, amount: 1000, currency: "EUR", description: "r", idempotencyKey: `r1-${id}` });
    expect(r1).toMatchObject({ status: "SUCCEEDED" });
    expect(r1.providerRefundId).toMatch(/^refund_/);
    // The same key answers with the same refund.
    expect(await provider.refundPayment({ providerPaymentId: id, amount: 1000, currency: "EUR", description: "r", idempotencyKey: `r1-${id}` })).toEqual(r1);
    await provider.refundPayment({ providerPaymentId: id, amount: 1000, currency: "EUR", description: "r", idempotencyKey: `r2-${id}` });
    const over = await caught(provider.refundPayment({ providerPaymentId: id, amount: 501, currency: "EUR", description: "r", idempotencyKey: `r3-${id}` }));
    expect(over).toMatchObject({ kind: "rejected", message: "Refund amount exceeds the refundable amount of 500", details: { httpStatus: 400 } });
    await provider.refundPayment({ providerPaymentId: id, amount: 500, currency: "EUR", description: "r", idempotencyKey: `r4-${id}` });
    expect(await provider.getPayment(id)).toMatchObject({ status: "PAID", providerStatus: "REFUNDED", capturedAmount: 2500 });
    const last = (await deliveries(id)).at(-1)!;
    const event = await verify(last);
    expect(event.ok && event.event.eventType).toBe("PAYMENT_CHARGE_REFUND_SUCCEEDED");
    // Each refund is read back from the charge.
    expect(await provider.getRefund!({ providerPaymentId: id, providerRefundId: r1.providerRefundId, idempotencyKey: `r1-${id}` })).toEqual({ status: "SUCCEEDED" });
    expect(await caught(provider.getRefund!({ providerPaymentId: id, providerRefundId: "refund_nope", idempotencyKey: "x" }))).toMatchObject({ kind: "rejected", details: { code: "refund_not_found" } });
  });

  it("charges an active agreement at once, declines the magic amount, refuses above the cap, and stops once revoked", async () => {
    const { started, agreementId } = await startAgreementPayment(config, input());
    await decide(started.providerPaymentId, "approve");
    const wip = await createSubsequentCharge(config, { agreementId, amount: 1999, idempotencyKey: `wip1-${agreementId}` });
    expect(wip).toMatchObject({ status: "PAID", capturedAmount: 1999, ourPaymentId: null });
    expect(wip.providerPaymentId).not.toBe(started.providerPaymentId);
    expect(await createSubsequentCharge(config, { agreementId, amount: 1999, idempotencyKey: `wip1-${agreementId}` })).toEqual(wip);
    expect(await provider.getPayment(wip.providerPaymentId)).toMatchObject({ status: "PAID" });
    const event = await verify((await deliveries(wip.providerPaymentId))[0]!);
    expect(event.ok && event.event.snapshot).toMatchObject({ providerPaymentId: wip.providerPaymentId, status: "PAID" });
    expect(await createSubsequentCharge(config, { agreementId, amount: 6666, idempotencyKey: `wip2-${agreementId}` })).toMatchObject({
      status: "FAILED",
      failure: { code: "INSUFFICIENT_FUNDS" },
    });
    expect(await caught(createSubsequentCharge(config, { agreementId, amount: 50_001, idempotencyKey: `wip3-${agreementId}` }))).toMatchObject({ kind: "rejected" });
    const raw = await post(`/v1/payment-agreements/${agreementId}/payment-charges`, { amount: { value: 50_001, currency: "EUR" } });
    expect(raw.status).toBe(400);
    expect(await revokeAgreement(config, agreementId)).toEqual({ id: agreementId, status: "REVOKED" });
    expect(await createSubsequentCharge(config, { agreementId, amount: 100, idempotencyKey: `wip4-${agreementId}` })).toMatchObject({
      status: "FAILED",
      failure: { code: "AGREEMENT_REVOKED" },
    });
  });

  it("link and pay sends an agreement its initial charge fits: MAX at the merchant's WIP maximum", async () => {
    const { agreementId } = await startAgreementPayment(config, input({ amount: 2_500, wipMaxAmount: 20_000 }));
    const res = await realFetch(`${apiUrl}/v1/payment-agreements/${agreementId}`, { headers: { authorization: `Bearer ${env().sandbox.pproApiKey}` } });
    expect(await res.json()).toMatchObject({ amount: { value: 20_000, currency: "EUR" }, amountType: "MAX" });
    // A one-off payment above 500 EUR: an EXACT agreement at its own amount, accepted.
    const oneOff = await startAgreementPayment(config, input({ amount: 75_000, linkCard: false }));
    expect(oneOff.started.status).toBe("PENDING");
    // Link and pay above the merchant maximum (old client: MAX 500 EUR with a larger initial
    // charge) is refused before PPRO is called; the sandbox refuses it as PPRO does.
    expect(await caught(startAgreementPayment(config, input({ amount: 20_001, wipMaxAmount: 20_000 })))).toMatchObject({ kind: "rejected", details: { field: "amount", code: "wip_initial_above_merchant_max" } });
    expect(await caught(startAgreementPayment(config, input({ amount: 75_000 })))).toMatchObject({ kind: "rejected", details: { field: "amount" } });
    const raw = await post("/v1/payment-agreements", { ...validBody(), amount: { value: 50_000, currency: "EUR" }, amountType: "MAX", initialPaymentCharge: { amount: { value: 75_000, currency: "EUR" } } });
    expect(raw.status).toBe(400);
  });

  it("answers a retried creation with the same agreement, and refuses the key with another body", async () => {
    const i = input();
    const a = await startAgreementPayment(config, i);
    // A retry a little later sends a later startDate: still the same request.
    vi.useFakeTimers({ now: Date.now() + 5_000, toFake: ["Date"] });
    const b = await startAgreementPayment(config, i).finally(() => vi.useRealTimers());
    expect(b).toEqual(a);
    const conflict = await caught(startAgreementPayment(config, { ...i, amount: 2600 }));
    expect(conflict).toMatchObject({ kind: "rejected", details: { httpStatus: 409 } });
  });

  it("refuses missing and out-of-range fields with PPRO's error body", async () => {
    const cases: [unknown, string][] = [
      [{ ...validBody(), paymentMethod: undefined }, "paymentMethod is required"],
      [{ ...validBody(), paymentMethod: "IDEAL" }, "paymentMethod IDEAL is not supported for payment agreements on this account"],
      [{ ...validBody(), consumer: undefined }, "consumer is required"],
      [{ ...validBody(), consumer: { country: "BE" } }, "consumer.name is required"],
      [{ ...validBody(), consumer: { name: "   ", country: "BE" } }, "consumer.name is required"],
      [{ ...validBody(), consumer: { name: "M" } }, "consumer.country is required"],
      [{ ...validBody(), consumer: { name: "M", country: "NL" } }, "consumer.country NL is not supported by BANCONTACT"],
      [{ ...validBody(), authenticationSettings: [] }, "authenticationSettings[REDIRECT].settings.returnUrl is required"],
      [{ ...validBody(), authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: "nope" } }] }, "authenticationSettings[REDIRECT].settings.returnUrl must be an http(s) URL"],
      [{ ...validBody(), initialPaymentCharge: undefined }, "initialPaymentCharge is required: BANCONTACT agreements only work as link and pay"],
      [{ ...validBody(), initialPaymentCharge: { amount: { currency: "EUR" } } }, "initialPaymentCharge.amount.value is required"],
      [{ ...validBody(), initialPaymentCharge: { amount: { value: 0, currency: "EUR" } } }, "initialPaymentCharge.amount.value must be at least 1"],
      [{ ...validBody(), initialPaymentCharge: { amount: { value: 1.5, currency: "EUR" } } }, "initialPaymentCharge.amount.value must be an integer amount in minor units"],
      [{ ...validBody(), initialPaymentCharge: { amount: { value: 100 } } }, "initialPaymentCharge.amount.currency is required"],
      [{ ...validBody(), initialPaymentCharge: { amount: { value: 100, currency: "USD" } } }, "initialPaymentCharge.amount.currency USD is not supported by BANCONTACT"],
      [{ ...validBody(), amount: { value: 200, currency: "EUR" }, amountType: "EXACT" }, "initialPaymentCharge.amount.value must equal amount.value on an EXACT agreement"],
      [{ ...validBody(), amountType: "MAX" }, "amount is required with amountType MAX"],
      [{ ...validBody(), amount: { value: 200, currency: "EUR" }, amountType: "MAX" }, "initialPaymentCharge.amount.value must not exceed amount.value on a MAX agreement"],
      [{ ...validBody(), amount: { value: 50_001, currency: "EUR" }, amountType: "MAX" }, "amount.value exceeds the maximum of 50000 for a Wallet Initiated Payment"],
    ];
    for (const [body, message] of cases) {
      const res = await post("/v1/payment-agreements", body);
      expect([res.status, ((await res.json()) as { failureMessage: string }).failureMessage]).toEqual([400, message]);
    }
    const ok = await post("/v1/payment-agreements", validBody());
    expect(ok.status).toBe(200);
  });

  it("refuses bad credentials with 401, unknown ids with 404 (read) or 400 (operation)", async () => {
    const res = await post("/v1/payment-agreements", validBody(), "ppro_test_wrong");
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ status: 401, failureMessage: expect.any(String), timestamp: expect.any(String) });
    const wrong = createPproProvider({ ...config, apiKey: "ppro_test_wrong" });
    expect(await caught(wrong.startPayment(input()))).toMatchObject({ kind: "rejected", details: { httpStatus: 401 } });
    expect(await caught(provider.getPayment("charge_doesnotexist000000"))).toMatchObject({ kind: "rejected", message: "Payment charge not found", details: { httpStatus: 404 } });
    expect(await caught(getAgreement(config, "agr_doesnotexist0000000"))).toMatchObject({ details: { httpStatus: 404 } });
    const refund = await caught(provider.refundPayment({ providerPaymentId: "charge_nope", amount: 1, currency: "EUR", description: "", idempotencyKey: "x-nope" }));
    expect(refund).toMatchObject({ kind: "rejected", details: { httpStatus: 400 } });
    expect(await caught(createPproProvider({ ...config, apiUrl: "http://127.0.0.1:1" }).getPayment("charge_x"))).toMatchObject({ kind: "unavailable" });
  });

  it("a merchant's charge the issuer wants authenticated: mailed, completed on the bank page, applied by our webhook route", async () => {
    const prisma = await db();
    const { started, agreementId } = await startAgreementPayment(config, input());
    await decide(started.providerPaymentId, "approve");
    const holder = await prisma.cardholder.create({ data: { id: newId("chd"), email: `${newId("c")}@example.be`, emailVerified: new Date(), locale: "fr" } });
    const terms = (await currentTerms(prisma, DEMO_MERCHANT_ID))!;
    await acceptTerms(prisma, { cardholderId: holder.id, merchantId: DEMO_MERCHANT_ID, termsId: terms.id, sessionHash: "a".repeat(64) });
    const cardId = newId("card");
    await prisma.linkedCard.create({ data: { id: cardId, merchantId: DEMO_MERCHANT_ID, provider: "ppro", cardholderId: holder.id, tokenEncrypted: sealToken(agreementId), bin: "", last4: "", expiry: "", paymentId: newId("pay") } });

    const charged = await chargeLinkedCard(
      { db: prisma, provider: () => provider, appUrl: "http://localhost:3999" },
      { initiation: "merchant", cardId, merchantId: DEMO_MERCHANT_ID, amount: AUTHENTICATION_WIP_AMOUNT, currency: "EUR", description: "Abonnement pralines", orderReference: newId("order") },
    );
    // Seed 001's three authentication methods, all kept.
    expect(charged.status).toBe("PENDING");
    const action = charged.action?.type === "qr" ? charged.action : null;
    expect(action?.payload).toMatch(/^BEP:\/\/1BANCONTACT\.SANDBOX\.LOCAL\/BEP\/LA\/charge_/);
    expect(action?.deepLink).toMatch(/^bepgenapp:\/\/DoTx\?TransId=1BANCONTACT/);
    const chargeId = (await prisma.payment.findUniqueOrThrow({ where: { id: charged.paymentId } })).providerPaymentId!;
    expect(action?.redirectUrl).toBe(`${env().appUrl}/sandbox/ppro/pay/${chargeId}`);
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: charged.paymentId } })).toMatchObject({ qrPayload: action?.payload, deepLink: action?.deepLink, actionUrl: action?.redirectUrl });
    expect(await deliveries(chargeId)).toEqual([]);
    // The cardholder is asked, in their language, with the link to their page for this charge.
    const asked = await prisma.mailMessage.findMany({ where: { to: holder.email } });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.subject).toMatch(/^Maison Praline vous demande de confirmer un paiement de 77,77\s€$/);
    expect(openMailText(asked[0]!.text)).toContain(`http://localhost:3999/account/charges/${charged.paymentId}`);

    // The bank page approves it and sends the cardholder back to that page.
    expect(await decide(chargeId, "approve")).toBe(`http://localhost:3999/account/charges/${charged.paymentId}`);
    const rows = await deliveries(chargeId);
    expect(rows.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(["PAYMENT_CHARGE_CAPTURE_SUCCEEDED"]);
    // Our webhook route verifies and applies it, twice over: once.
    for (let i = 0; i < 2; i++) {
      const res = await webhookRoute.POST(new Request(HOOK, { method: "POST", body: rows[0]!.body, headers: headersOf(rows[0]!.body) }));
      expect(res.status).toBe(200);
    }
    expect(await prisma.payment.findUniqueOrThrow({ where: { id: charged.paymentId } })).toMatchObject({ status: "PAID", capturedAmount: AUTHENTICATION_WIP_AMOUNT });
    expect(await prisma.wipCharge.findFirstOrThrow({ where: { paymentId: charged.paymentId } })).toMatchObject({ status: "SUCCEEDED" });
    const mails = await prisma.mailMessage.findMany({ where: { to: holder.email }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/^Paiement de 77,77\s€ à Maison Praline$/);
  });

  it("a subsequent charge's authenticationSettings are checked as an agreement's are", async () => {
    const { started, agreementId } = await startAgreementPayment(config, input());
    await decide(started.providerPaymentId, "approve");
    const res = await post(`/v1/payment-agreements/${agreementId}/payment-charges`, { amount: { value: 100, currency: "EUR" }, authenticationSettings: [{ type: "REDIRECT", settings: { returnUrl: "not a url" } }] });
    expect([res.status, ((await res.json()) as { failureMessage: string }).failureMessage]).toEqual([400, "authenticationSettings[].settings.returnUrl must be a URL"]);
  });
});
