// A database that ran the demo and then starts live: the demo's ways in are retired; back in
// demo mode they return. On both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyPrincipal } from "@/lib/access/api-key";
import { DEMO_MERCHANT_ID, retireDemoAccess, seedDemo } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { BACKENDS, type TestDb } from "./databases";

const demoKey = () => new Request("http://localhost/api/v1/checkouts", { headers: { authorization: `Bearer ${env().demo.apiKey}` } });

describe.each(BACKENDS)("demo data on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("retires the demo's staff sign-in, API key and providers, and gives them back in demo mode", async () => {
    expect((await apiKeyPrincipal(t.prisma, demoKey())).principal.kind).toBe("api-key");
    expect(await retireDemoAccess(t.prisma)).toBe(true);
    expect((await apiKeyPrincipal(t.prisma, demoKey())).principal.kind).toBe("anonymous");
    expect(await t.prisma.staffUser.findUnique({ where: { id: "stf_demo" } })).toBeNull();
    expect((await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } })).enabledProviders).toEqual([]);
    expect(await retireDemoAccess(t.prisma)).toBe(false);

    await seedDemo(t.prisma, env());
    expect((await apiKeyPrincipal(t.prisma, demoKey())).principal.kind).toBe("api-key");
    expect(await t.prisma.staffUser.findUnique({ where: { id: "stf_demo" } })).not.toBeNull();
    expect((await t.prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } })).enabledProviders).toHaveLength(5);
  });
});
