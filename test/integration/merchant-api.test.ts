// The merchant API's routes with real requests: each merchant sees only its own objects.
import { describe, expect, it } from "vitest";
import { POST as postCheckoutRoute } from "@/app/api/v1/checkouts/route";
import { GET as getCheckoutRoute } from "@/app/api/v1/checkouts/[id]/route";
import { GET as getPaymentRoute } from "@/app/api/v1/payments/[id]/route";
import { apiKeyPrefix, hashApiKey } from "@/lib/api/keys";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

const OTHER_KEY = "bc_test_other_merchant_key_0000000000";

async function otherMerchant() {
  const prisma = await db();
  await prisma.merchant.upsert({
    where: { id: "mer_other" },
    update: {},
    create: { id: "mer_other", name: "Other shop", address: "Elsewhere 1, 9000 Gent", returnUrlOrigins: ["https://other.example"], enabledProviders: ["wooshpay"] },
  });
  await prisma.apiKey.upsert({
    where: { hash: hashApiKey(OTHER_KEY) },
    update: {},
    create: { id: "key_other", merchantId: "mer_other", prefix: apiKeyPrefix(OTHER_KEY), hash: hashApiKey(OTHER_KEY) },
  });
}

const postCheckout = (request: Request) => postCheckoutRoute(request, { params: Promise.resolve({}) });
const getCheckout = (request: Request, id: string) => getCheckoutRoute(request, { params: Promise.resolve({ id }) });
const getPayment = (request: Request, id: string) => getPaymentRoute(request, { params: Promise.resolve({ id }) });

const post = (key: string, body: unknown, idem: string) =>
  postCheckout(
    new Request("http://localhost/api/v1/checkouts", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "idempotency-key": idem, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("merchant API scoping", () => {
  it("keeps each merchant's checkouts and payments to itself", async () => {
    await otherMerchant();
    const demoKey = env().demo.apiKey;
    const res = await post(demoKey, { amount: 500, currency: "EUR", description: "d", merchantReference: "r", returnUrl: `${env().appUrl}/orders/r` }, "scope-1");
    expect(res.status).toBe(201);
    const checkout = (await res.json()) as { id: string };
    const prisma = await db();
    await prisma.payment.create({
      data: { id: "pay_scopescopescopescope", checkoutId: checkout.id, merchantId: "mer_demo", provider: "wooshpay", status: "PENDING", amount: 500, currency: "EUR" },
    });

    const asOwner = (url: string, key: string) => new Request(url, { headers: { authorization: `Bearer ${key}` } });
    expect((await getCheckout(asOwner("http://l/x", demoKey), checkout.id)).status).toBe(200);
    expect((await getPayment(asOwner("http://l/x", demoKey), "pay_scopescopescopescope")).status).toBe(200);
    expect((await getCheckout(asOwner("http://l/x", OTHER_KEY), checkout.id)).status).toBe(404);
    expect((await getPayment(asOwner("http://l/x", OTHER_KEY), "pay_scopescopescopescope")).status).toBe(404);

    // The same Idempotency-Key belongs to each merchant separately.
    const other = await post(OTHER_KEY, { amount: 700, currency: "EUR", description: "d", merchantReference: "r", returnUrl: "https://other.example/done" }, "scope-1");
    expect(other.status).toBe(201);
    expect(((await other.json()) as { id: string }).id).not.toBe(checkout.id);
  });

  it("refuses a missing, unknown or revoked API key with 401 before reading anything", async () => {
    await otherMerchant();
    const read = (headers: Record<string, string>) => getPayment(new Request("http://l/x", { headers }), "pay_scopescopescopescope");
    expect((await read({})).status).toBe(401);
    expect((await read({ authorization: "Bearer bc_test_no_such_key_000000000000000" })).status).toBe(401);
    const prisma = await db();
    await prisma.apiKey.update({ where: { id: "key_other" }, data: { revokedAt: new Date() } });
    try {
      expect((await read({ authorization: `Bearer ${OTHER_KEY}` })).status).toBe(401);
    } finally {
      await prisma.apiKey.update({ where: { id: "key_other" }, data: { revokedAt: null } });
    }
  });

  it("answers a body that is not JSON with 400 naming the body, and never half-applies", async () => {
    const before = await (await db()).checkout.count();
    const res = await postCheckout(
      new Request("http://localhost/api/v1/checkouts", {
        method: "POST",
        headers: { authorization: `Bearer ${env().demo.apiKey}`, "idempotency-key": "bad-json" },
        body: "{not json",
      }),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { fields: { field: string }[] } }).error.fields[0]!.field).toBe("(body)");
    expect(await (await db()).checkout.count()).toBe(before);
  });
});
