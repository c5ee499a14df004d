// Refunds through the merchant API, against the providers' sandboxes; and the Bancontact
// sandbox refusing calls that are not signed.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createCheckout, demoApiKey, E2E_BASE, fillShopperName, PAY_BANK, status } from "./helpers";

const auth = () => ({ authorization: `Bearer ${demoApiKey()}` });

async function paidWithApp(page: Page, request: APIRequestContext, amount: number): Promise<string> {
  const checkout = await createCheckout(request, { amount });
  await page.goto(checkout.url);
  await page.getByRole("button", { name: "Pay with the Bancontact app" }).click();
  const payload = await page.getByTestId("qr-code").getAttribute("data-payload");
  for (const action of ["scan", "confirm"]) {
    expect((await request.post(`${payload}/action`, { form: { action }, maxRedirects: 0 })).status()).toBe(303);
  }
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  return new URL(page.url()).searchParams.get("payment")!;
}

const refund = (request: APIRequestContext, paymentId: string, data: object) =>
  request.post(`/api/v1/payments/${paymentId}/refunds`, { headers: { ...auth(), "idempotency-key": `rf-${Math.random()}` }, data });

test("Bancontact: partial refunds up to the amount, then refused", async ({ page, request }) => {
  const paymentId = await paidWithApp(page, request, 3000);
  const first = await refund(request, paymentId, { amount: 1000, reason: "one box was broken" });
  expect(first.status()).toBe(201);
  expect(await first.json()).toMatchObject({ object: "refund", amount: 1000, status: "SUCCEEDED", paymentId });
  expect((await refund(request, paymentId, { amount: 2000 })).status()).toBe(201);
  const tooMuch = await refund(request, paymentId, { amount: 1 });
  expect(tooMuch.status()).toBe(422);
  expect((await tooMuch.json()).error.fields[0].field).toBe("amount");
  const payment = await (await request.get(`/api/v1/payments/${paymentId}`, { headers: auth() })).json();
  expect(payment.refundedAmount).toBe(3000);
});

test("WooshPay: a second partial refund is refused before the provider is called", async ({ page, request }) => {
  const checkout = await createCheckout(request, { amount: 2000 });
  await page.goto(checkout.url);
  await fillShopperName(page);
  await page.getByRole("button", { name: PAY_BANK, exact: true }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "PAID");
  const paymentId = new URL(page.url()).searchParams.get("payment")!;
  expect((await refund(request, paymentId, { amount: 500 })).status()).toBe(201);
  const second = await refund(request, paymentId, { amount: 500 });
  expect(second.status()).toBe(422);
  expect((await second.json()).error.message).toMatch(/one refund per payment/);
});

test("refund input is checked, and a refund is idempotent", async ({ page, request }) => {
  const paymentId = await paidWithApp(page, request, 1500);
  const bad = await refund(request, paymentId, { amount: -5, extra: true });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(["amount", "extra"]));
  const headers = { ...auth(), "idempotency-key": `same-${Date.now()}` };
  const a = await request.post(`/api/v1/payments/${paymentId}/refunds`, { headers, data: { amount: 700 } });
  const b = await request.post(`/api/v1/payments/${paymentId}/refunds`, { headers, data: { amount: 700 } });
  expect((await a.json()).id).toBe((await b.json()).id);
  const payment = await (await request.get(`/api/v1/payments/${paymentId}`, { headers: auth() })).json();
  expect(payment.refundedAmount).toBe(700);
  expect((await refund(request, "pay_aaaaaaaaaaaaaaaaaaaa", {})).status()).toBe(404);
});

test("the Bancontact sandbox refuses calls without the API key or the request signature", async ({ request }) => {
  const body = { amount: 100, currency: "EUR", callbackUrl: `${E2E_BASE}/api/webhooks/bancontact` };
  const noKey = await request.post("/sandbox/bancontact/v3/payments", { data: body });
  expect(noKey.status()).toBe(401);
  const secrets = JSON.parse(readFileSync(".data/e2e/secrets.json", "utf8"));
  const unsigned = await request.post("/sandbox/bancontact/v3/payments", { data: body, headers: { authorization: `Bearer ${secrets.sandbox.bancontactApiKey}` } });
  expect(unsigned.status()).toBe(401);
  expect((await unsigned.json()).message).toBe("missing Signature header");
  const forged = await request.post("/sandbox/bancontact/v3/payments", {
    data: body,
    headers: { authorization: `Bearer ${secrets.sandbox.bancontactApiKey}`, signature: "eyJhbGciOiJub25lIn0..c2ln" },
  });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).message).toBe("alg must be ES256");
});
