// Key rotation: after `npm run reseal` every secret at rest opens with the current key alone,
// on both databases; older rows are brought up to today's rules; a second run changes nothing.
import { execFile } from "node:child_process";
import { createCipheriv, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { createCheckout } from "@/lib/checkouts/create-checkout";
import { resealAll, type ResealReport } from "@/lib/crypto/reseal-all";
import { isSealed, keyId, open, seal, SEALED_VALUE, type KeyRing } from "@/lib/crypto/secret-box";
import { openDatabase, type Db } from "@/lib/db/client";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { bodySha256, protectBody } from "@/lib/webhooks/protect-body";

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const before: KeyRing = { current: oldKey, previous: [] };
const rotated: KeyRing = { current: newKey, previous: [oldKey] };
const newOnly: KeyRing = { current: newKey, previous: [] };

/** A value as sealed before key ids ("v1.<nonce>.<ciphertext>.<tag>"). */
function sealV1(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

const RAW_LEGACY_BODY = JSON.stringify({ paymentId: "b".repeat(24), status: "SUCCEEDED", debtor: { iban: "BE68539007547034" } });
const AGREEMENT_EVENT = JSON.stringify({ specversion: "1.0", id: "evt-agr", type: "PAYMENT_AGREEMENT_REVOKED", data: { id: "agr_TWXXaIGRgLr5QDMiBpO5i" } });

/** Rows sealed with the old key, in the old formats, and stored before sealing existed. */
async function seedSecrets(prisma: Db, tag: string): Promise<void> {
  const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: DEMO_MERCHANT_ID } });
  for (const [i, sealed] of [seal("agr_first", before), sealV1("ABCDE-FGH-IJKLOM123456", oldKey), seal("agr_current", rotated)].entries()) {
    const checkout = await createCheckout(prisma, merchant, { amount: 500, currency: "EUR", description: "d", merchantReference: `${tag}-${i}`, returnUrl: "http://localhost:3999/orders/r" });
    const paymentId = `pay_${tag}${i}`.padEnd(24, "x");
    await prisma.payment.create({
      data: { id: paymentId, checkoutId: checkout.id, merchantId: merchant.id, provider: "ppro", status: "PAID", amount: 500, currency: "EUR", linkReferenceSealed: seal(`agr_ref${i}`, before) },
    });
    await prisma.linkedCard.create({
      data: { id: `card_${tag}${i}`, merchantId: merchant.id, provider: "ppro", tokenEncrypted: sealed, bin: "670999", last4: "9999", expiry: "2030-01", paymentId },
    });
  }
  await prisma.mailMessage.createMany({
    data: [
      { id: `mail_${tag}1`, to: "a@example.com", subject: "Your sign-in link", text: "http://x/api/auth/callback/email?token=cleartoken", status: "SENT" },
      { id: `mail_${tag}2`, to: "b@example.com", subject: "s", text: seal("sealed body", before), status: "SENT" },
    ],
  });
  await prisma.webhookEvent.createMany({
    data: [
      { id: `whk_${tag}1`, provider: "bancontact", providerEventId: `${tag}-legacy`, body: RAW_LEGACY_BODY, headers: {}, verified: true },
      {
        id: `whk_${tag}2`,
        provider: "ppro",
        providerEventId: `${tag}-agr`,
        body: protectBody(AGREEMENT_EVENT, (s) => seal(s, before)),
        bodySha256: bodySha256(AGREEMENT_EVENT),
        bodyBytes: AGREEMENT_EVENT.length,
        headers: {},
        verified: true,
      },
    ],
  });
}

/** Every secret of the database, opened with the current key alone. */
async function openAllWithNewKeyOnly(prisma: Db) {
  const cards = await prisma.linkedCard.findMany({ orderBy: { id: "asc" } });
  const payments = await prisma.payment.findMany({ where: { linkReferenceSealed: { not: null } }, orderBy: { id: "asc" } });
  const mail = await prisma.mailMessage.findMany({ orderBy: { id: "asc" } });
  const hooks = await prisma.webhookEvent.findMany({ orderBy: { id: "asc" } });
  return {
    cards: cards.map((c) => open(c.tokenEncrypted ?? "", newOnly)),
    references: payments.map((p) => open(p.linkReferenceSealed ?? "", newOnly)),
    mail: mail.map((m) => (isSealed(m.text) ? open(m.text, newOnly) : `clear: ${m.text}`)),
    hooks: hooks.map((h) => ({ body: h.body.replace(SEALED_VALUE, (v) => `<${open(v, newOnly)}>`), bodySha256: h.bodySha256 })),
  };
}

const counts = (r: ResealReport) => Object.fromEntries(Object.entries(r).map(([k, c]) => [k, [c.scanned, c.resealed, c.failed.length]]));

describe.each(BACKENDS)("re-sealing on $name", ({ open: openDb }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openDb();
    await seedSecrets(t.prisma, "rs");
  });
  afterAll(async () => {
    await t?.close();
  });

  it("moves every value to the current key, in batches, and brings older rows up to today's rules", async () => {
    const lines: string[] = [];
    const report = await resealAll(t.prisma, rotated, { batchSize: 2, progress: (l) => lines.push(l) });
    expect(counts(report)).toEqual({
      "LinkedCard.tokenEncrypted": [3, 2, 0],
      "Payment.linkReferenceSealed": [3, 3, 0],
      "MailMessage.text": [2, 2, 0],
      "WebhookEvent.body": [2, 2, 0],
    });
    expect(lines.filter((l) => l.startsWith("LinkedCard"))).toEqual(["LinkedCard.tokenEncrypted: 2 scanned, 2 re-sealed", "LinkedCard.tokenEncrypted: 3 scanned, 2 re-sealed"]);

    const opened = await openAllWithNewKeyOnly(t.prisma);
    expect(opened.cards).toEqual(["agr_first", "ABCDE-FGH-IJKLOM123456", "agr_current"]);
    expect(opened.references).toEqual(["agr_ref0", "agr_ref1", "agr_ref2"]);
    expect(opened.mail).toEqual(["http://x/api/auth/callback/email?token=cleartoken", "sealed body"]);
    const [legacy, agreement] = opened.hooks;
    expect(legacy).toEqual({ body: JSON.stringify({ paymentId: "b".repeat(24), status: "SUCCEEDED", debtor: { iban: "BE68 **** **** 7034" } }), bodySha256: bodySha256(RAW_LEGACY_BODY) });
    expect(agreement?.body).toContain('"id":"<agr_TWXXaIGRgLr5QDMiBpO5i>"');
    const rows = await t.prisma.$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(m)::text AS row FROM "MailMessage" m`);
    expect(rows.map((r) => r.row).join()).not.toContain("cleartoken");
  });

  it("finds nothing to do the second time", async () => {
    const report = await resealAll(t.prisma, rotated);
    expect(Object.values(report).map((c) => c.resealed)).toEqual([0, 0, 0, 0]);
  });

  it("names the rows sealed with a key that is not configured, and re-seals the others", async () => {
    const stranger = seal("x", { current: randomBytes(32), previous: [] });
    await t.prisma.mailMessage.create({ data: { id: "mail_stranger", to: "c@example.com", subject: "s", text: stranger, status: "SENT" } });
    await t.prisma.mailMessage.create({ data: { id: "mail_zold", to: "d@example.com", subject: "s", text: seal("old", before), status: "SENT" } });
    const report = await resealAll(t.prisma, rotated);
    expect(report["MailMessage.text"]).toMatchObject({ resealed: 1, failed: ["mail_stranger"] });
  });
});

// ---- The command itself, as an operator runs it, on both databases.

const run = promisify(execFile);
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function reseal(env: Record<string, string>): Promise<{ code: number; out: string }> {
  const keys = { TOKEN_ENCRYPTION_KEY: newKey.toString("base64"), TOKEN_ENCRYPTION_PREVIOUS_KEYS: oldKey.toString("base64") };
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", "reseal"], { env: { ...process.env, ...keys, LOG_LEVEL: "error", ...env }, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

describe("npm run reseal", () => {
  it("re-seals the embedded database under DATA_DIR, and refuses while another process holds it", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "bc-reseal-"));
    const pgliteDir = path.join(dataDir, "pglite");
    const db = await openDatabase({ pgliteDir });
    await seedSecrets(db.prisma, "cli");

    const refused = await reseal({ DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`the embedded database ${pgliteDir} is open in process ${process.pid}`);

    await db.close();
    const done = await reseal({ DATA_DIR: dataDir });
    expect(done.out).toContain(`with key ${keyId(newKey)}; previous keys: ${keyId(oldKey)}`);
    expect(done.out).toContain("LinkedCard.tokenEncrypted: 3 scanned, 2 re-sealed");
    expect(done.out).toContain("WebhookEvent.body: 2 scanned, 2 re-sealed");
    expect(done.code).toBe(0);

    const after = await openDatabase({ pgliteDir, seed: false });
    try {
      expect((await openAllWithNewKeyOnly(after.prisma)).cards).toEqual(["agr_first", "ABCDE-FGH-IJKLOM123456", "agr_current"]);
    } finally {
      await after.close();
    }
  });

  it("re-seals the PostgreSQL database at DATABASE_URL", async () => {
    const name = `bc_it_reseal_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    try {
      const db = await openDatabase({ databaseUrl: url.toString() });
      await seedSecrets(db.prisma, "pg");
      const done = await reseal({ DATABASE_URL: url.toString() });
      expect(done.out).toContain("Re-sealing the PostgreSQL database at DATABASE_URL");
      expect(done.out).toContain("MailMessage.text: 2 scanned, 2 re-sealed");
      expect(done.code).toBe(0);
      const opened = await openAllWithNewKeyOnly(db.prisma);
      expect(opened.mail).toEqual(["http://x/api/auth/callback/email?token=cleartoken", "sealed body"]);
      await db.close();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
