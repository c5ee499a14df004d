// The merchant API over HTTP: creation, reading, and every kind of bad input.
import { expect, test } from "@playwright/test";
import { demoApiKey, E2E_BASE } from "./helpers";

const body = { amount: 1500, currency: "EUR", description: "API order", merchantReference: "API-1", returnUrl: `${E2E_BASE}/orders/API-1` };
const auth = () => ({ authorization: `Bearer ${demoApiKey()}` });

test("creates a checkout, replays the same request, refuses the key with another body", async ({ request }) => {
  const key = `api-${Date.now()}`;
  const first = await request.post("/api/v1/checkouts", { headers: { ...auth(), "idempotency-key": key }, data: body });
  expect(first.status()).toBe(201);
  const created = await first.json();
  expect(created).toMatchObject({ object: "checkout", status: "OPEN", amount: 1500, currency: "EUR", payments: [] });
  expect(created.url).toBe(`${E2E_BASE}/checkout/${created.id}`);

  const again = await request.post("/api/v1/checkouts", { headers: { ...auth(), "idempotency-key": key }, data: body });
  expect(again.status()).toBe(201);
  expect(again.headers()["idempotent-replayed"]).toBe("true");
  expect((await again.json()).id).toBe(created.id);

  const other = await request.post("/api/v1/checkouts", { headers: { ...auth(), "idempotency-key": key }, data: { ...body, amount: 1501 } });
  expect(other.status()).toBe(409);
  expect((await other.json()).error.code).toBe("idempotency_key_reused");

  const read = await request.get(`/api/v1/checkouts/${created.id}`, { headers: auth() });
  expect(read.status()).toBe(200);
});

test("names every bad field", async ({ request }) => {
  const res = await request.post("/api/v1/checkouts", {
    headers: { ...auth(), "idempotency-key": `bad-${Date.now()}` },
    data: { amount: 12.5, currency: "USD", description: "", merchantReference: "R", returnUrl: "not a url", shopperName: "Tom 😀" },
  });
  expect(res.status()).toBe(400);
  const fields = (await res.json()).error.fields.map((f: { field: string }) => f.field);
  expect(fields).toEqual(expect.arrayContaining(["amount", "currency", "description", "returnUrl", "shopperName"]));
});

test("refuses a return URL off the allow-list, a missing key header, a wrong API key, an unknown payment", async ({ request }) => {
  const offList = await request.post("/api/v1/checkouts", { headers: { ...auth(), "idempotency-key": `o-${Date.now()}` }, data: { ...body, returnUrl: "https://evil.example/x" } });
  expect(offList.status()).toBe(400);
  expect((await offList.json()).error.fields[0].field).toBe("returnUrl");

  const noKey = await request.post("/api/v1/checkouts", { headers: auth(), data: body });
  expect(noKey.status()).toBe(400);
  expect((await noKey.json()).error.fields[0].field).toBe("Idempotency-Key");

  expect((await request.post("/api/v1/checkouts", { headers: { authorization: "Bearer wrong", "idempotency-key": "x" }, data: body })).status()).toBe(401);
  expect((await request.post("/api/v1/checkouts", { headers: { "idempotency-key": "x" }, data: body })).status()).toBe(401);
  expect((await request.get("/api/v1/payments/pay_doesnotexist", { headers: auth() })).status()).toBe(404);
  expect((await request.get("/api/v1/payments/pay_x")).status()).toBe(401);
});

test("a webhook without a valid signature is refused", async ({ request }) => {
  const res = await request.post("/api/webhooks/wooshpay", { data: { id: "evt_1", object: "event" }, headers: { "wooshpay-signature": "t=1,v1=00" } });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.code).toBe("invalid_signature");
});
