// Setting up a live install from the command line (scripts/merchant.ts): a merchant with its
// first staff member and API key, more staff, staff removed, keys issued and revoked. Secrets
// (API keys, first passwords) are generated here, returned once to be printed, and stored only
// as hashes.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { apiKeyPrefix, hashApiKey } from "../api/keys";
import { hashPassword } from "../auth/password";
import type { Db } from "../db/client";
import { newId } from "../ids";
import type { ProviderId } from "../payments/providers";

const OriginSchema = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && new URL(v).origin === v.replace(/\/$/, ""), "must be an origin such as https://shop.example.be")
  .transform((v) => new URL(v).origin);

export const NewMerchantSchema = z.object({
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().min(1).max(300),
  returnOrigins: z.array(OriginSchema).min(1, "give at least one origin the checkout may send shoppers back to"),
  staffEmail: z.email().max(254).transform((v) => v.toLowerCase()),
  staffName: z.string().trim().min(1).max(100),
});
export const NewStaffSchema = z.object({
  merchantId: z.string().regex(/^mer_[a-z0-9_]+$/),
  email: z.email().max(254).transform((v) => v.toLowerCase()),
  name: z.string().trim().min(1).max(100),
});

const newApiKey = () => `bc_live_${randomBytes(24).toString("base64url")}`;
const newPassword = () => randomBytes(12).toString("base64url");

export async function createMerchant(db: Db, input: z.infer<typeof NewMerchantSchema>, providers: readonly ProviderId[]) {
  const merchantId = newId("mer");
  const apiKey = newApiKey();
  const password = newPassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.merchant.create({
      data: { id: merchantId, name: input.name, address: input.address, returnUrlOrigins: input.returnOrigins, enabledProviders: [...providers] },
    });
    await tx.apiKey.create({ data: { id: newId("key"), merchantId, prefix: apiKeyPrefix(apiKey), hash: hashApiKey(apiKey) } });
    await tx.staffUser.create({ data: { id: newId("stf"), merchantId, email: input.staffEmail, name: input.staffName, passwordHash } });
  });
  return { merchantId, apiKey, staffEmail: input.staffEmail, password };
}

export async function addStaff(db: Db, input: z.infer<typeof NewStaffSchema>) {
  await db.merchant.findUniqueOrThrow({ where: { id: input.merchantId } });
  const password = newPassword();
  await db.staffUser.create({ data: { id: newId("stf"), merchantId: input.merchantId, email: input.email, name: input.name, passwordHash: await hashPassword(password) } });
  return { email: input.email, password };
}

/** A removed staff member loses access at their next request (sessions are checked against this table). */
export async function removeStaff(db: Db, email: string): Promise<boolean> {
  return (await db.staffUser.deleteMany({ where: { email: email.toLowerCase() } })).count === 1;
}

export async function issueApiKey(db: Db, merchantId: string) {
  await db.merchant.findUniqueOrThrow({ where: { id: merchantId } });
  const apiKey = newApiKey();
  await db.apiKey.create({ data: { id: newId("key"), merchantId, prefix: apiKeyPrefix(apiKey), hash: hashApiKey(apiKey) } });
  return { apiKey };
}

export async function revokeApiKey(db: Db, prefix: string): Promise<number> {
  return (await db.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } })).count;
}

export async function listMerchants(db: Db) {
  return db.merchant.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, returnUrlOrigins: true, staff: { select: { email: true } }, apiKeys: { select: { prefix: true, revokedAt: true } } },
  });
}
