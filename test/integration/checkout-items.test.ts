// The merchant API's optional order lines (checked against the amount, stored, read back), and
// ending a checkout that must no longer be paid.
import { describe, expect, it } from "vitest";
import { POST as postCheckoutRoute } from "@/app/api/v1/checkouts/route";
import { GET as getCheckoutRoute } from "@/app/api/v1/checkouts/[id]/route";
import { POST as expireRoute } from "@/app/api/v1/checkouts/[id]/expire/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

const key = () => env().demo.apiKey;
const base = () => ({ amount: 3345, currency: "EUR", description: "Chocolates", merchantReference: "items-1", returnUrl: `${env().appUrl}/orders/items-1` });

const post = (body: unknown, idem: string) =>
  postCheckoutRoute(
    new Request("http://localhost/api/v1/checkouts", {
      method: "POST",
      headers: { authorization: `Bearer ${key()}`, "idempotency-key": idem, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );

type ErrorBody = { error: { code: string; fields: { field: string; message: string }[] } };

describe("checkout items", () => {
  it("stores the lines and returns them on GET", async () => {
    const items = [
      { name: "Pralines, 250 g", quantity: 1, unitAmount: 2450 },
      { name: "Speculoos", quantity: 1, unitAmount: 895 },
    ];
    const res = await post({ ...base(), items }, "items-ok");
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; items: unknown };
    expect(created.items).toEqual(items);
    const stored = await (await db()).checkout.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.items).toEqual(items);
    const read = await getCheckoutRoute(new Request("http://l/x", { headers: { authorization: `Bearer ${key()}` } }), { params: Promise.resolve({ id: created.id }) });
    expect(((await read.json()) as { items: unknown }).items).toEqual(items);
  });

  it("returns items: null when the merchant sent none", async () => {
    const res = await post(base(), "items-none");
    expect(res.status).toBe(201);
    expect(((await res.json()) as { items: unknown }).items).toBeNull();
  });

  it.each([
    ["lines that do not add up to the amount", [{ name: "Pralines", quantity: 2, unitAmount: 2450 }], "items"],
    ["an empty name", [{ name: "", quantity: 1, unitAmount: 3345 }], "items.0.name"],
    ["a name over 200 characters", [{ name: "x".repeat(201), quantity: 1, unitAmount: 3345 }], "items.0.name"],
    ["a fractional quantity", [{ name: "Pralines", quantity: 1.5, unitAmount: 2230 }], "items.0.quantity"],
    ["an amount in euros", [{ name: "Pralines", quantity: 1, unitAmount: 33.45 }], "items.0.unitAmount"],
    ["an unknown field", [{ name: "Pralines", quantity: 1, unitAmount: 3345, sku: "P1" }], "items.0"],
    ["more than 100 lines", Array.from({ length: 101 }, () => ({ name: "Bonbon", quantity: 1, unitAmount: 0 })), "items"],
  ])("refuses %s with a 400 naming the field, storing nothing", async (_what, items, field) => {
    const before = await (await db()).checkout.count();
    const res = await post({ ...base(), items }, `items-bad-${field}-${JSON.stringify(items).length}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.fields.map((f) => f.field)).toContain(field);
    expect(await (await db()).checkout.count()).toBe(before);
  });
});

describe("ending a checkout", () => {
  const expire = (id: string) =>
    expireRoute(new Request(`http://l/api/v1/checkouts/${id}/expire`, { method: "POST", headers: { authorization: `Bearer ${key()}` } }), { params: Promise.resolve({ id }) });

  it("makes an unpaid checkout EXPIRED, so no payment starts on it", async () => {
    const created = (await (await post(base(), "expire-ok")).json()) as { id: string };
    const res = await expire(created.id);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe("EXPIRED");
    expect((await expire(created.id)).status).toBe(200);
  });

  it("refuses while a payment on it is under way, and once it is paid", async () => {
    const created = (await (await post(base(), "expire-busy")).json()) as { id: string };
    const prisma = await db();
    const paymentId = `pay_${created.id.slice(4)}`;
    await prisma.payment.create({ data: { id: paymentId, checkoutId: created.id, merchantId: "mer_demo", provider: "wooshpay", status: "PENDING", amount: 3345, currency: "EUR" } });
    const busy = await expire(created.id);
    expect(busy.status).toBe(409);
    expect(((await busy.json()) as ErrorBody).error.code).toBe("payment_not_allowed");
    await prisma.payment.update({ where: { id: paymentId }, data: { status: "PAID" } });
    await prisma.checkout.update({ where: { id: created.id }, data: { status: "PAID" } });
    expect((await expire(created.id)).status).toBe(409);
    expect((await prisma.checkout.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("PAID");
  });

  it("refuses a checkout past its hour while a payment started before may still be paid, or when one took money", async () => {
    const prisma = await db();
    for (const [ref, status] of [["expire-late-open", "PENDING"], ["expire-late-paid", "PAID"]] as const) {
      const created = (await (await post(base(), ref)).json()) as { id: string };
      await prisma.payment.create({ data: { id: `pay_${created.id.slice(4)}`, checkoutId: created.id, merchantId: "mer_demo", provider: "wooshpay", status, amount: 3345, currency: "EUR" } });
      // Its hour ran out; the payment's provider has a deadline of its own (or it was paid with another amount).
      await prisma.checkout.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
      expect((await expire(created.id)).status, ref).toBe(409);
      expect((await prisma.checkout.findUniqueOrThrow({ where: { id: created.id } })).status, ref).toBe("OPEN");
    }
  });

  it("is 404 for an unknown checkout", async () => {
    expect((await expire("chk_aaaaaaaaaaaaaaaaaaaa")).status).toBe(404);
  });
});
