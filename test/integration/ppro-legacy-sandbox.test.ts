// The PPRO legacy client against its sandbox over real HTTP: link and pay, WIP on the linked card,
// decline, abandon and cancel, refunds, notifications, and the sandbox's refusals.
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { toWebRequest, writeWebResponse } from "./web-adapter";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as clockPOST } from "@/app/(sandbox)/sandbox/ppro-legacy/clock/route";
import { POST as decidePOST } from "@/app/(sandbox)/sandbox/ppro-legacy/pay/[txid]/decide/route";
import { POST as transactionPOST } from "@/app/(sandbox)/sandbox/ppro-legacy/transaction/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { chargeLinkedCard, createPproLegacyProvider, type PproLegacyConfig } from "@/lib/providers/ppro-legacy/client";
import { ProviderError, type StartPaymentInput } from "@/lib/providers/types";
import { appPageFor } from "@/lib/sandboxes/app-links";
import { advanceClock, findTx, resetClock } from "@/lib/sandboxes/ppro-legacy/service";

let base = "";
const notified: string[] = [];

async function adapt(req: IncomingMessage, res: ServerResponse) {
  const { request, url, body } = await toWebRequest(req, base);
  const decide = /^\/sandbox\/ppro-legacy\/pay\/(\d+)\/decide$/.exec(url.pathname);
  let response: Response;
  if (url.pathname === "/sandbox/ppro-legacy/transaction" && req.method === "POST") response = await transactionPOST(request, { params: Promise.resolve({}) });
  else if (decide && req.method === "POST") response = await decidePOST(request, { params: Promise.resolve({ txid: decide[1] ?? "" }) });
  else if (url.pathname === "/sandbox/ppro-legacy/clock" && req.method === "POST") response = await clockPOST(request, { params: Promise.resolve({}) });
  else if (url.pathname === "/notify") {
    notified.push(body.toString());
    response = new Response("OK");
  } else if (url.pathname === "/broken") response = new Response("Bad gateway", { status: 502 });
  else if (url.pathname === "/busy") response = new Response("Too many requests", { status: 429 });
  else if (url.pathname === "/forbidden") response = new Response("Forbidden", { status: 403 });
  else if (url.pathname === "/garbage") response = new Response("<html>hello</html>");
  else response = new Response("not found", { status: 404 });
  await writeWebResponse(res, response);
}

const server = createServer((req, res) => {
  adapt(req, res).catch((error: Error) => {
    res.statusCode = 500;
    res.end(error.message);
  });
});

let config: PproLegacyConfig;
const provider = () => createPproLegacyProvider(config);
let run = 0;
const newId = () => `pay_${Date.now().toString(36)}_${++run}`;

function input(extra: Partial<StartPaymentInput> = {}): StartPaymentInput {
  const id = newId();
  return {
    paymentId: id,
    amount: 2450,
    currency: "EUR",
    description: "Box of 24 pralines",
    merchantReference: "order-1042",
    customerEmail: "tester.doe@example.com",
    shopperName: "Tester Doe",
    returnUrl: `http://localhost:3999/checkout/chk_1/return?payment=${id}`,
    webhookUrl: "http://localhost:3999/api/webhooks/ppro-legacy",
    idempotencyKey: id,
    locale: "en",
    linkCard: false,
    ...extra,
  };
}

/** What the bank page's (or the app's) form posts: returns where the browser is sent. */
async function bank(txid: string, outcome: "approve" | "decline" | "abandon", via: "bank" | "app" = "bank") {
  const res = await fetch(`${base}/sandbox/ppro-legacy/pay/${txid}/decide`, { method: "POST", body: new URLSearchParams({ outcome, via }), redirect: "manual" });
  expect(res.status).toBe(303);
  return res.headers.get("location");
}

async function deliveries(txid: string) {
  return (await db()).sandboxWebhookDelivery.findMany({ where: { provider: "ppro-legacy", paymentRef: txid }, orderBy: { createdAt: "asc" } });
}

/** The raw API, for what our client never sends. */
async function raw(fields: Record<string, string>) {
  const s = env().sandbox;
  const body = new URLSearchParams({ login: s.pproLegacyLogin, password: s.pproLegacyPassword, contractid: s.pproLegacyContractId, channel: s.pproLegacyChannel, returnmode: "urlencodeext", ...fields });
  const res = await fetch(`${base}/sandbox/ppro-legacy/transaction`, { method: "POST", body });
  expect(res.status).toBe(200);
  return Object.fromEntries(new URLSearchParams(await res.text()));
}

const without = (fields: Record<string, string>, name: string) => Object.fromEntries(Object.entries(fields).filter(([k]) => k !== name));

const rejection = async (p: Promise<unknown>) => {
  const error = await p.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
};

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const s = env().sandbox;
  config = {
    apiUrl: `${base}/sandbox/ppro-legacy/transaction`,
    login: s.pproLegacyLogin,
    password: s.pproLegacyPassword,
    contractId: s.pproLegacyContractId,
    channel: s.pproLegacyChannel,
    notificationUrl: `${base}/notify`,
  };
  await db();
  await resetClock();
});
afterAll(async () => {
  await resetClock();
  await new Promise<void>((r) => server.close(() => r()));
});

describe("PPRO legacy sandbox", () => {
  let token = "";
  let paidTxid = "";

  it("link and pay: QR and bank page, approve, notification, linked card", async () => {
    const start = input({ linkCard: true });
    const started = await provider().startPayment(start);
    const txid = started.providerPaymentId;
    expect(txid).toMatch(/^\d{9}$/);
    expect(started).toMatchObject({ status: "PENDING", providerStatus: "PENDING", ourPaymentId: start.paymentId, capturedAmount: 0 });
    expect(started.action).toMatchObject({ type: "qr", expiresAt: null, redirectUrl: `http://localhost:3999/sandbox/ppro-legacy/pay/${txid}` });
    const payload = started.action?.type === "qr" ? started.action.payload : "";
    expect(payload).toMatch(new RegExp(`^BEP://1BC\\.SANDBOX\\.LOCAL/BCMC/${txid}\\$[A-Z0-9]{24}$`));
    // On a phone the same payload opens the app (lib/providers/ppro-legacy/app-link.ts).
    expect(started.action).toMatchObject({ deepLink: `bepgenapp://DoTx?TransId=${payload.slice("BEP://".length)}` });
    expect(appPageFor(payload)).toBe(`/sandbox/ppro-legacy/app/${txid}`);
    // The account holder is the name the shopper typed (seed 002: accountholdername=Tester+Doe).
    expect((await findTx(txid))?.data.accountHolderName).toBe("Tester Doe");

    // A retry of the same start (same merchanttxid) gets the same transaction back.
    expect((await provider().startPayment(start)).providerPaymentId).toBe(txid);

    expect(await bank(txid, "approve")).toBe(start.returnUrl);
    const paid = await provider().getPayment(txid);
    expect(paid).toMatchObject({ status: "PAID", providerStatus: "SUCCEEDED", capturedAmount: 2450, ourPaymentId: start.paymentId, failure: null });
    const year = new Date().getUTCFullYear() + 2;
    expect(paid.linkedCard).toMatchObject({ bin: "670999", last4: "9999" });
    expect(paid.linkedCard?.token).toMatch(/^ABCDE-FGH-[A-Z0-9]{12}$/);
    expect(paid.linkedCard?.expiry).toMatch(new RegExp(`^${year}-\\d{2}$`));
    token = paid.linkedCard?.token ?? "";
    paidTxid = txid;

    const [delivery, ...more] = await deliveries(txid);
    expect(more).toHaveLength(0);
    expect(delivery?.deliveredAt).not.toBeNull();
    expect(notified).toContain(delivery?.body);
    expect(Object.fromEntries(new URLSearchParams(delivery?.body))).toMatchObject({ notificationtype: "PAYMENT_CHANGED", txid, merchanttxid: start.paymentId });
    const verified = await provider().verifyWebhook(delivery?.body ?? "", new Headers(delivery?.headers as Record<string, string>), new Date());
    expect(verified.ok).toBe(true);
    if (verified.ok) {
      expect(verified.event.eventId).toBe(`${createHash("sha256").update(delivery?.body ?? "").digest("hex")}:SUCCEEDED`);
      expect(verified.event.snapshot).toMatchObject({ providerPaymentId: txid, status: "PAID", linkedCard: { token } });
    }
  });

  it("tag=bcmc is a regular Bancontact payment: no 500 EUR cap, one-off or link and pay", async () => {
    for (const linkCard of [false, true]) {
      const start = input({ amount: 75_000, linkCard });
      const started = await provider().startPayment(start);
      expect(started).toMatchObject({ status: "PENDING" });
      expect(await bank(started.providerPaymentId, "approve")).toBe(start.returnUrl);
      const paid = await provider().getPayment(started.providerPaymentId);
      expect(paid).toMatchObject({ status: "PAID", capturedAmount: 75_000 });
      expect(paid.linkedCard !== undefined && paid.linkedCard !== null).toBe(linkCard);
    }
    // The raw API likewise: only the bancontactwip channel has the scheme's range.
    const tx = { txtype: "TRANSACTION", tag: "bcmc", countrycode: "BE", currency: "EUR", amount: "2500000", merchanttxid: newId(), merchantredirecturl: "https://shop.test/r" };
    expect(await raw(tx)).toMatchObject({ REQUESTSTATUS: "SUCCEEDED", STATUS: "PENDING", TAG: "bcmc" });
  });

  it("WIP on the linked card: synchronous, no notification; declines; expired tokens", async () => {
    const charge = (amount: number, extra = {}) => chargeLinkedCard(config, { token, amount, merchantTxId: newId(), initiation: "consumer", description: "One-click", redirectUrl: "https://shop.test/cards", accountHolderName: "Tester Doe", ...extra });
    const ok = await charge(1500);
    expect(ok.status).toBe("PAID");
    expect(ok.providerPaymentId).toMatch(/^\d{9}$/);
    expect(ok.cardExpiry).toMatch(/^\d{4}-\d{2}$/);
    expect(await deliveries(ok.providerPaymentId)).toHaveLength(0);
    expect((await provider().getPayment(ok.providerPaymentId)).status).toBe("PAID");
    expect((await charge(2000, { initiation: "merchant" })).status).toBe("PAID");

    expect(await charge(40_400)).toMatchObject({ status: "FAILED", failure: { message: "Declined by the card issuer" } });
    expect(await rejection(charge(50_001))).toMatchObject({ kind: "rejected", details: { field: "amount" } });
    expect(await rejection(charge(0))).toMatchObject({ kind: "rejected", details: { field: "amount" } });
    expect(await rejection(charge(100, { currency: "USD" }))).toMatchObject({ kind: "rejected", details: { field: "currency" } });
    expect(await rejection(charge(100, { token: "ABCDE-FGH-NOSUCHTOKEN" }))).toMatchObject({ kind: "rejected", details: { field: "specin.cardtoken" } });

    await advanceClock(366);
    const expired = await rejection(charge(100));
    expect(expired).toMatchObject({ kind: "rejected", details: { code: "link_unusable", field: "specin.cardtoken" } });
    // Classified by its subject, the card token, not by our sandbox's words for it.
    expect(expired.message).not.toMatch(/expired/i);
    // The dashboard's button does the same through its route.
    await resetClock();
    const res = await fetch(`${base}/sandbox/ppro-legacy/clock`, { method: "POST", body: new URLSearchParams({ action: "advance" }), redirect: "manual" });
    expect(res.status).toBe(303);
    expect((await rejection(charge(100))).details.code).toBe("link_unusable");
    await fetch(`${base}/sandbox/ppro-legacy/clock`, { method: "POST", body: new URLSearchParams({ action: "reset" }), redirect: "manual" });
    expect((await charge(100)).status).toBe("PAID");
  });

  it("a decline in the app: the app stays on itself, the payment fails", async () => {
    const started = await provider().startPayment(input());
    const txid = started.providerPaymentId;
    expect(await bank(txid, "decline", "app")).toBe(`/sandbox/ppro-legacy/app/${txid}`);
    const failed = await provider().getPayment(txid);
    expect(failed).toMatchObject({ status: "FAILED", capturedAmount: 0, failure: { code: "payment_failed" } });
    expect(failed.linkedCard).toBeUndefined();
    const [delivery] = await deliveries(txid);
    const verified = await provider().verifyWebhook(delivery?.body ?? "", new Headers(), new Date());
    expect(verified.ok && verified.event.snapshot?.status).toBe("FAILED");
    // Once final, the bank page's buttons change nothing.
    await bank(txid, "approve");
    expect((await provider().getPayment(txid)).status).toBe("FAILED");
  });

  it("abandon keeps the payment pending; the merchant cancels it", async () => {
    const start = input();
    const txid = (await provider().startPayment(start)).providerPaymentId;
    expect(await bank(txid, "abandon")).toBe(start.returnUrl);
    expect(await bank(txid, "abandon", "app")).toBe(`/sandbox/ppro-legacy/app/${txid}?left=1`);
    expect((await provider().getPayment(txid)).status).toBe("PENDING");
    expect(await deliveries(txid)).toHaveLength(0);
    expect((await provider().cancelPayment(txid)).status).toBe("CANCELLED");
    expect(await deliveries(txid)).toHaveLength(1);
    // Cancelling again (or a paid one) reports the status as it is.
    expect((await provider().cancelPayment(txid)).status).toBe("CANCELLED");
    expect((await provider().cancelPayment(paidTxid)).status).toBe("PAID");
  });

  it("refunds: partial, multiple partial, idempotent, never beyond the amount", async () => {
    const refund = (amount: number, key = newId(), txid = paidTxid) =>
      provider().refundPayment({ providerPaymentId: txid, amount, currency: "EUR", description: "refund", idempotencyKey: key });
    const first = await refund(1000, "rf-key-1");
    expect(first.status).toBe("SUCCEEDED");
    expect(await refund(1000, "rf-key-1")).toEqual(first);
    await refund(400);
    expect(await rejection(refund(1051))).toMatchObject({ kind: "rejected", details: { field: "amount" } });
    expect((await refund(1050)).status).toBe("SUCCEEDED");
    expect((await rejection(refund(1))).message).toMatch(/refundable amount of 0/);
    const pending = (await provider().startPayment(input())).providerPaymentId;
    expect((await rejection(refund(100, newId(), pending))).message).toMatch(/cannot be refunded in status PENDING/);
  });

  it("notifications are never trusted", async () => {
    const check = (body: string) => provider().verifyWebhook(body, new Headers(), new Date());
    expect((await check("notificationtype=PAYMENT_CHANGED")).ok).toBe(false);
    expect((await check("txid=abc")).ok).toBe(false);
    expect((await check("txid=123&txid=456")).ok).toBe(false);
    const forged = await check("notificationtype=PAYMENT_CHANGED&txid=100000000");
    expect(forged.ok).toBe(false);
    // Upper-case names are read too.
    expect((await check(`TXID=${paidTxid}`)).ok).toBe(true);
  });

  it("refuses missing and out-of-range fields, bad credentials, unknown transactions", async () => {
    const tx = { txtype: "TRANSACTION", tag: "bcmc", countrycode: "BE", currency: "EUR", amount: "100", merchanttxid: newId(), merchantredirecturl: "https://shop.test/r" };
    const refused = (errmsg: RegExp) => expect.objectContaining({ REQUESTSTATUS: "FAILED", ERRMSG: expect.stringMatching(errmsg) });
    expect(await raw({ ...tx, amount: "0" })).toEqual(refused(/^Invalid parameter amount/));
    expect(await raw({ ...tx, amount: "1.5" })).toEqual(refused(/^Invalid parameter amount/));
    expect(await raw({ ...tx, currency: "USD" })).toEqual(refused(/^Invalid parameter currency/));
    expect(await raw({ ...tx, countrycode: "NL" })).toEqual(refused(/^Invalid parameter countrycode/));
    expect(await raw({ ...tx, tag: "ideal" })).toEqual(refused(/^Invalid parameter tag/));
    expect(await raw({ ...tx, "specin.linkcard": "yes" })).toEqual(refused(/^Invalid parameter specin.linkcard/));
    expect(await raw(without(tx, "merchanttxid"))).toEqual(refused(/^Missing parameter merchanttxid/));
    expect(await raw(without(tx, "merchantredirecturl"))).toEqual(refused(/^Missing parameter merchantredirecturl/));
    expect(await raw(without(tx, "txtype"))).toEqual(refused(/^Missing parameter txtype/));
    expect(await raw({ ...tx, returnmode: "xml" })).toEqual(refused(/^Invalid parameter returnmode/));
    const wip = { ...tx, tag: "bancontactwip", "specin.cardtoken": token, "specin.initiation": "merchant" };
    expect(await raw({ ...wip, amount: "50001" })).toEqual(refused(/^Invalid parameter amount: at most 50000/));
    expect(await raw({ ...wip, "specin.initiation": "robot" })).toEqual(refused(/^Invalid parameter specin.initiation/));
    expect(await raw(without(wip, "specin.cardtoken"))).toEqual(refused(/^Missing parameter specin.cardtoken/));
    expect(await raw({ ...tx, password: "wrong" })).toEqual(refused(/^Authentication failed/));
    expect(await raw({ txtype: "GETTXSTATUS", txid: "100000000" })).toEqual(refused(/unknown transaction/));

    const wrong = await rejection(createPproLegacyProvider({ ...config, password: "nope" }).startPayment(input()));
    expect(wrong).toMatchObject({ kind: "rejected", message: expect.stringMatching(/^Authentication failed/) });
    expect(await rejection(provider().getPayment("100000000"))).toMatchObject({ kind: "rejected", details: { field: "txid" } });
  });

  it("maps transport failures", async () => {
    expect((await rejection(createPproLegacyProvider({ ...config, apiUrl: `${base}/broken` }).getPayment("1"))).kind).toBe("unavailable");
    expect((await rejection(createPproLegacyProvider({ ...config, apiUrl: `${base}/busy` }).getPayment("1"))).kind).toBe("unavailable");
    // A 4xx from a proxy in front is a refusal: the route never falls through on it.
    expect((await rejection(createPproLegacyProvider({ ...config, apiUrl: `${base}/forbidden` }).startPayment(input()))).kind).toBe("rejected");
    expect((await rejection(createPproLegacyProvider({ ...config, apiUrl: `${base}/garbage` }).getPayment("1"))).kind).toBe("bad_response");
    expect((await rejection(createPproLegacyProvider({ ...config, apiUrl: "http://127.0.0.1:9/x" }).getPayment("1"))).kind).toBe("unavailable");
    // Unreachable PPRO is not a forged notification: it is thrown, so the route answers 503 and PPRO retries.
    await expect(createPproLegacyProvider({ ...config, apiUrl: `${base}/broken` }).verifyWebhook(`txid=${paidTxid}`, new Headers(), new Date())).rejects.toThrow(ProviderError);
  });
});
