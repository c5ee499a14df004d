// Measures the back office's payments list at 100,000 payments of one merchant, on a database of
// its own on the PostgreSQL server (TEST_POSTGRES_URL, else the local one; dropped after): the
// first page, a deep page (keyset), filtered and searched pages, and the full CSV export.
// Prints figures; asserts nothing. Usage: npx tsx scripts/bench-back-office.ts [count]
import { randomBytes } from "node:crypto";
import pg from "pg";
import { exportPaymentsCsv } from "../lib/backoffice/export-payments";
import { parsePaymentQuery, type PaymentQuery } from "../lib/backoffice/payment-query";
import { searchPayments } from "../lib/backoffice/search-payments";
import { openDatabase } from "../lib/db/client";
import { DEMO_MERCHANT_ID } from "../lib/db/seed";

const COUNT = Number(process.argv[2] ?? 100_000);
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `bc_bench_${randomBytes(5).toString("hex")}`;

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

const q = (params: Record<string, string>): PaymentQuery => {
  const p = parsePaymentQuery(new URLSearchParams(params));
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.query;
};

async function main() {
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const o = await openDatabase({ databaseUrl: url.toString() });
  try {
    const db = o.prisma;
    await db.$executeRawUnsafe(`
      INSERT INTO "Checkout" (id, "merchantId", amount, currency, description, "merchantReference", "customerEmail", "returnUrl", status, "expiresAt", "createdAt", "updatedAt")
      SELECT 'chk_bench_' || i, '${DEMO_MERCHANT_ID}', 100 + i % 5000, 'EUR', 'Bench order ' || i, 'BENCH-' || i, 'buyer' || (i % 977) || '@example.test', 'https://shop.example/done', 'OPEN', now(), now() - i * interval '30 seconds', now()
      FROM generate_series(1, ${COUNT}) i`);
    await db.$executeRawUnsafe(`
      INSERT INTO "Payment" (id, "checkoutId", "merchantId", provider, status, amount, currency, initiation, "providerPaymentId", "createdAt", "updatedAt")
      SELECT 'pay_bench_' || i, 'chk_bench_' || i, '${DEMO_MERCHANT_ID}', (ARRAY['wooshpay','ppro','ppro-legacy','worldpay','bancontact'])[1 + i % 5],
             (ARRAY['PAID','PAID','PAID','FAILED','EXPIRED','CANCELLED','PENDING'])[1 + i % 7], 100 + i % 5000, 'EUR',
             (ARRAY['checkout','checkout','consumer','merchant'])[1 + i % 4], 'prov-' || i, now() - i * interval '30 seconds', now()
      FROM generate_series(1, ${COUNT}) i`);
    await db.$executeRawUnsafe(`ANALYZE "Payment"; ANALYZE "Checkout"`);
    // After one warm-up run, 20 timed runs: their mean and the 19th slowest (p95).
    const time = async (label: string, fn: () => Promise<unknown>) => {
      await fn();
      const took: number[] = [];
      for (let i = 0; i < 20; i++) {
        const start = performance.now();
        await fn();
        took.push(performance.now() - start);
      }
      took.sort((a, b) => a - b);
      const mean = took.reduce((a, b) => a + b, 0) / took.length;
      console.log(`${label}: mean ${mean.toFixed(1)} ms, p95 ${took[18]!.toFixed(1)} ms`);
    };
    const page = (params: Record<string, string>) => () => searchPayments(db, DEMO_MERCHANT_ID, q(params));
    await time("first page, no filter", page({}));
    const deep = await searchPayments(db, DEMO_MERCHANT_ID, q({}), 80_000);
    await time("page after 80,000 rows (keyset)", () => searchPayments(db, DEMO_MERCHANT_ID, { after: deep.next ?? undefined }));
    await time("provider=worldpay&state=PAID", page({ provider: "worldpay", state: "PAID" }));
    await time("initiation=merchant, one week", page({ initiation: "merchant", from: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) }));
    await time("search an email", page({ q: "buyer42@example.test" }));
    await time("search a reference (one match)", page({ q: "BENCH-99999" }));
    await time("search an amount", page({ q: "12.34" }));
    await time("search a reference, provider=worldpay&state=PAID", page({ q: "BENCH-4242", provider: "worldpay", state: "PAID" }));
    await time("search part of an email, one week", page({ q: "buyer97", from: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) }));
    await time("search two characters (whole reference or email)", page({ q: "zz" }));
    await time("search matching every row (\"example\")", page({ q: "example" }));
    const start = performance.now();
    const text = await new Response(exportPaymentsCsv(db, DEMO_MERCHANT_ID, {})).text();
    console.log(`CSV export of all ${COUNT} payments: ${(performance.now() - start).toFixed(0)} ms, ${(text.length / 1e6).toFixed(1)} MB`);
  } finally {
    await o.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
