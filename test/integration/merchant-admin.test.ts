// Setting up a live install's merchant from the command line: what the commands leave in the
// database, on both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeyPrincipal } from "@/lib/access/api-key";
import { verifyPassword } from "@/lib/auth/password";
import { NewMerchantSchema, addStaff, createMerchant, issueApiKey, listMerchants, removeStaff, revokeApiKey } from "@/lib/merchant/admin";
import { BACKENDS, type TestDb } from "./databases";

const bearer = (key: string) => new Request("http://localhost/api/v1/checkouts", { headers: { authorization: `Bearer ${key}` } });

describe.each(BACKENDS)("merchant set-up on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("creates a merchant whose key and first staff password work, stored only as hashes", async () => {
    const input = NewMerchantSchema.parse({
      name: "Chocolaterie Nord",
      address: "Grand-Place 1, 1000 Brussels",
      returnOrigins: ["https://shop.nord.example/"],
      staffEmail: "Owner@Nord.example",
      staffName: "Owner",
    });
    expect(input.returnOrigins).toEqual(["https://shop.nord.example"]);
    const created = await createMerchant(t.prisma, input, ["wooshpay"]);
    expect(created.apiKey).toMatch(/^bc_live_/);
    expect((await apiKeyPrincipal(t.prisma, bearer(created.apiKey))).merchant?.id).toBe(created.merchantId);
    const staff = await t.prisma.staffUser.findUniqueOrThrow({ where: { email: "owner@nord.example" } });
    expect(staff.merchantId).toBe(created.merchantId);
    expect(await verifyPassword(created.password, staff.passwordHash)).toBe(true);
    const keys = await t.prisma.apiKey.findMany({ where: { merchantId: created.merchantId } });
    expect(JSON.stringify(keys)).not.toContain(created.apiKey);
    const merchant = await t.prisma.merchant.findUniqueOrThrow({ where: { id: created.merchantId } });
    expect(merchant.enabledProviders).toEqual(["wooshpay"]);
  });

  it("refuses a return origin that is a full URL with a path", () => {
    const r = NewMerchantSchema.safeParse({ name: "n", address: "a", returnOrigins: ["https://shop.example/orders"], staffEmail: "a@b.example", staffName: "n" });
    expect(r.success).toBe(false);
  });

  it("adds and removes staff, issues and revokes keys", async () => {
    const [m] = (await listMerchants(t.prisma)).filter((x) => x.name === "Chocolaterie Nord");
    if (!m) throw new Error("merchant missing");
    const added = await addStaff(t.prisma, { merchantId: m.id, email: "clerk@nord.example", name: "Clerk" });
    expect(added.password.length).toBeGreaterThan(10);
    expect(await removeStaff(t.prisma, "Clerk@Nord.example")).toBe(true);
    expect(await t.prisma.staffUser.findUnique({ where: { email: "clerk@nord.example" } })).toBeNull();
    expect(await removeStaff(t.prisma, "clerk@nord.example")).toBe(false);

    const { apiKey } = await issueApiKey(t.prisma, m.id);
    expect((await apiKeyPrincipal(t.prisma, bearer(apiKey))).merchant?.id).toBe(m.id);
    expect(await revokeApiKey(t.prisma, apiKey.slice(0, 12))).toBe(1);
    expect((await apiKeyPrincipal(t.prisma, bearer(apiKey))).principal.kind).toBe("anonymous");
  });
});
