// The demo merchant, its shop and its staff account, created once on an empty database.
import type { PrismaClient } from "./generated/client";
import type { AppEnv } from "../env";
import { apiKeyPrefix, hashApiKey } from "../api/keys";
import { hashPassword } from "../auth/password";

export const DEMO_MERCHANT_ID = "mer_demo";
const DEMO_WIP_TERMS =
  "When you save your Bancontact card with Maison Praline, we keep a link to it (never the card number) to take later payments you ask for. You can see and delete the card at any time on your cards page; deleting it stops every later payment on it. Ask us for a refund or dispute a payment by replying to its receipt.";
export const DEMO_STAFF_EMAIL = "staff@maison-praline.test";

const PRODUCTS = [
  { slug: "pralines", name: "Box of 24 pralines", description: "Hand-made in Brussels, assorted fillings.", priceCents: 2450, emoji: "🍫" },
  { slug: "speculoos", name: "Speculoos tin", description: "Spiced biscuits, 400 g.", priceCents: 895, emoji: "🍪" },
  { slug: "waffles", name: "Liège waffles (6)", description: "Pearl sugar, baked this morning.", priceCents: 1200, emoji: "🧇" },
  { slug: "tasting", name: "Chocolate tasting for two", description: "A one-hour tasting in our Sablon shop.", priceCents: 6500, emoji: "🎟️" },
];

// The demo's routes (lib/routing): the Bancontact Payment API serves first (QR code and app),
// the others are fallbacks; PPRO's agreements link cards, the legacy API is their fallback.
const ALL_PROVIDERS = ["bancontact", "wooshpay", "ppro", "ppro-legacy", "worldpay"];
const LINKING_ROUTE = ["ppro", "ppro-legacy"];

/** Creates what is missing of the demo data; returns true when the merchant was new. */
export async function seedDemo(prisma: PrismaClient, env: AppEnv): Promise<boolean> {
  const existing = await prisma.merchant.findUnique({ where: { id: DEMO_MERCHANT_ID } });
  if (existing) {
    // Back in demo mode after a live start retired the demo's ways in: give them back; a demo
    // database from before saved cards gets its terms.
    const staffMissing = !(await prisma.staffUser.findUnique({ where: { id: "stf_demo" } }));
    const passwordHash = staffMissing ? await hashPassword(env.demo.staffPassword) : null;
    await prisma.$transaction(async (tx) => {
      await tx.apiKey.updateMany({ where: { id: "key_demo", revokedAt: { not: null } }, data: { revokedAt: null } });
      if (passwordHash) {
        await tx.staffUser.create({ data: { id: "stf_demo", merchantId: DEMO_MERCHANT_ID, email: DEMO_STAFF_EMAIL, name: "Demo staff", passwordHash } });
      }
      if (existing.enabledProviders.length === 0) await tx.merchant.update({ where: { id: DEMO_MERCHANT_ID }, data: { enabledProviders: ALL_PROVIDERS, linkingRoute: LINKING_ROUTE } });
      if ((await tx.wipTerms.count({ where: { merchantId: DEMO_MERCHANT_ID } })) === 0) {
        await tx.wipTerms.create({ data: { id: "wtm_demo_v1", merchantId: DEMO_MERCHANT_ID, version: 1, text: DEMO_WIP_TERMS, createdBy: "stf_demo" } });
      }
    });
    return false;
  }
  const passwordHash = await hashPassword(env.demo.staffPassword);
  await prisma.$transaction(async (tx) => {
    await tx.merchant.create({
      data: {
        id: DEMO_MERCHANT_ID,
        name: "Maison Praline",
        address: "Place du Grand Sablon 12, 1000 Brussels, Belgium",
        returnUrlOrigins: [new URL(env.appUrl).origin],
        enabledProviders: ALL_PROVIDERS,
        linkingRoute: LINKING_ROUTE,
        wipMaxAmount: 25_000,
      },
    });
    await tx.apiKey.create({
      data: { id: "key_demo", merchantId: DEMO_MERCHANT_ID, prefix: apiKeyPrefix(env.demo.apiKey), hash: hashApiKey(env.demo.apiKey) },
    });
    await tx.staffUser.create({
      data: { id: "stf_demo", merchantId: DEMO_MERCHANT_ID, email: DEMO_STAFF_EMAIL, name: "Demo staff", passwordHash },
    });
    for (const p of PRODUCTS) {
      await tx.product.create({ data: { id: `prd_${p.slug}`, merchantId: DEMO_MERCHANT_ID, ...p } });
    }
    // A first version of the terms for saved cards, so the demo can link cards; staff edit it.
    await tx.wipTerms.create({ data: { id: "wtm_demo_v1", merchantId: DEMO_MERCHANT_ID, version: 1, text: DEMO_WIP_TERMS, createdBy: "stf_demo" } });
  });
  return true;
}

/**
 * A live install on a database that ran the demo: the demo's printed staff password and its API
 * key must not open a live back office or create checkouts paid to live providers under the
 * demo's name. Its staff sign-in is removed, its key revoked and its checkout offers no provider.
 * Returns true when there was anything to retire.
 */
export async function retireDemoAccess(prisma: PrismaClient): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const staff = await tx.staffUser.deleteMany({ where: { id: "stf_demo" } });
    const key = await tx.apiKey.updateMany({ where: { id: "key_demo", revokedAt: null }, data: { revokedAt: new Date() } });
    const merchant = await tx.merchant.updateMany({ where: { id: DEMO_MERCHANT_ID, NOT: { enabledProviders: { isEmpty: true } } }, data: { enabledProviders: [], linkingRoute: [] } });
    return staff.count + key.count + merchant.count > 0;
  });
}
