// The session check behind every page, action and route: a session cookie names someone, the
// database says whether they may still act, on each request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { checkoutHolder } from "@/lib/access/checkout-holder";
import { sessionPrincipal } from "@/lib/access/session-principal";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";

describe.each(BACKENDS)("session principal on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
    await t.prisma.merchant.create({
      data: { id: "mer_y", name: "Other shop", address: "Elsewhere 1, 9000 Gent", returnUrlOrigins: ["https://y.example"], enabledProviders: ["wooshpay"] },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const staffClaims = { kind: "staff" as const, uid: "stf_it", merchantId: DEMO_MERCHANT_ID };

  it("takes a staff member still in the table, with the merchant and email the database holds", async () => {
    await t.prisma.staffUser.create({ data: { id: "stf_it", merchantId: DEMO_MERCHANT_ID, email: "it@x.test", name: "IT", passwordHash: "x" } });
    expect(await sessionPrincipal(t.prisma, staffClaims)).toEqual({ kind: "staff", id: "stf_it", email: "it@x.test", merchantId: DEMO_MERCHANT_ID });
  });

  it("signs out at once a staff member moved to another merchant", async () => {
    await t.prisma.staffUser.update({ where: { id: "stf_it" }, data: { merchantId: "mer_y" } });
    expect(await sessionPrincipal(t.prisma, staffClaims)).toEqual({ kind: "anonymous" });
    expect(await sessionPrincipal(t.prisma, { ...staffClaims, merchantId: "mer_y" })).toMatchObject({ kind: "staff", merchantId: "mer_y" });
  });

  it("signs out at once a staff member whose row is gone, and a staff claim without a merchant", async () => {
    await t.prisma.staffUser.delete({ where: { id: "stf_it" } });
    expect(await sessionPrincipal(t.prisma, { ...staffClaims, merchantId: "mer_y" })).toEqual({ kind: "anonymous" });
    expect(await sessionPrincipal(t.prisma, { kind: "staff", uid: "stf_demo" })).toEqual({ kind: "anonymous" });
  });

  it("takes a cardholder still in the table, and signs one out whose row is gone", async () => {
    await t.prisma.cardholder.create({ data: { id: "chd_it", email: "ann@x.test" } });
    expect(await sessionPrincipal(t.prisma, { kind: "cardholder", uid: "chd_it" })).toEqual({ kind: "cardholder", id: "chd_it", email: "ann@x.test" });
    // A staff id is not a cardholder id, whatever the cookie claims.
    expect(await sessionPrincipal(t.prisma, { kind: "cardholder", uid: "stf_demo" })).toEqual({ kind: "anonymous" });
    await t.prisma.cardholder.delete({ where: { id: "chd_it" } });
    expect(await sessionPrincipal(t.prisma, { kind: "cardholder", uid: "chd_it" })).toEqual({ kind: "anonymous" });
  });

  it("makes the holder of an existing checkout id, and nobody of a malformed or unknown one", async () => {
    const id = "chk_aaaaaaaaaaaaaaaaaaaa";
    await t.prisma.checkout.create({
      data: { id, merchantId: DEMO_MERCHANT_ID, amount: 100, currency: "EUR", description: "d", merchantReference: "r", returnUrl: "https://y.example/r", status: "OPEN", expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await checkoutHolder(t.prisma, id)).toEqual({ kind: "checkout-holder", checkoutId: id });
    expect(await checkoutHolder(t.prisma, "chk_bbbbbbbbbbbbbbbbbbbb")).toEqual({ kind: "anonymous" });
    expect(await checkoutHolder(t.prisma, "chk_'; DROP TABLE")).toEqual({ kind: "anonymous" });
    expect(await checkoutHolder(t.prisma, undefined)).toEqual({ kind: "anonymous" });
  });
});
