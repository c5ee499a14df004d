// The back office's payments list: search, filters and keyset pagination, scoped to the staff
// member's merchant, and the CSV export of a filter (quoting, formula injection, every row once),
// on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { exportPaymentsCsv } from "@/lib/backoffice/export-payments";
import { parsePaymentQuery, type PaymentQuery } from "@/lib/backoffice/payment-query";
import { searchPayments } from "@/lib/backoffice/search-payments";
import { DEMO_MERCHANT_ID } from "@/lib/db/seed";
import { newId } from "@/lib/ids";

const OTHER = "mer_backoffice_other";
const query = (params: Record<string, string>): PaymentQuery => {
  const parsed = parsePaymentQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
};

describe.each(BACKENDS)("back office payments list on $name", ({ open }) => {
  let t: TestDb;
  const base = new Date("2026-03-10T12:00:00Z").getTime();
  const mine: string[] = [];

  async function payment(merchantId: string, n: number, extra: { reference?: string; email?: string; provider?: string; status?: string; initiation?: string; amount?: number; providerPaymentId?: string; at?: Date } = {}) {
    const checkoutId = newId("chk");
    const at = extra.at ?? new Date(base - n * 60_000);
    await t.prisma.checkout.create({
      data: { id: checkoutId, merchantId, amount: extra.amount ?? 1000 + n, currency: "EUR", description: `Order ${n}`, merchantReference: extra.reference ?? `REF-${n}`, customerEmail: extra.email ?? `buyer${n}@example.test`, returnUrl: "https://shop.example/done", status: "OPEN", expiresAt: new Date(base + 3600_000) },
    });
    const id = newId("pay");
    await t.prisma.payment.create({
      data: { id, checkoutId, merchantId, provider: extra.provider ?? "wooshpay", status: extra.status ?? "PAID", amount: extra.amount ?? 1000 + n, currency: "EUR", initiation: extra.initiation ?? "checkout", providerPaymentId: extra.providerPaymentId ?? null, createdAt: at },
    });
    return id;
  }

  beforeAll(async () => {
    t = await open();
    await t.prisma.merchant.create({ data: { id: OTHER, name: "Other shop", address: "Rue 1, 1000 Brussels", returnUrlOrigins: [], enabledProviders: [] } });
    for (let n = 0; n < 25; n++) mine.push(await payment(DEMO_MERCHANT_ID, n));
    // Several payments in the same millisecond: the id breaks the tie.
    const same = new Date(base - 5 * 60_000 - 30_000);
    for (let n = 100; n < 104; n++) mine.push(await payment(DEMO_MERCHANT_ID, n, { at: same }));
    await payment(DEMO_MERCHANT_ID, 200, { reference: "ORDER-Xyz-77", email: "Ann.Peeters@Example.test", provider: "worldpay", status: "FAILED", initiation: "merchant", amount: 4250, providerPaymentId: "wp-777", at: new Date("2026-03-29T22:30:00Z") });
    await payment(OTHER, 300, { reference: "ORDER-Xyz-77-other", email: "ann.peeters@example.test", amount: 4250, providerPaymentId: "wp-778" });
  });
  afterAll(async () => {
    await t?.close();
  });

  const ids = async (q: Record<string, string>, merchantId = DEMO_MERCHANT_ID) => (await searchPayments(t.prisma, merchantId, query(q), 100)).rows.map((r) => r.id);

  it("walks every page once, newest first, ties broken by id", async () => {
    const seen: string[] = [];
    let q = query({ provider: "wooshpay" });
    for (let pages = 0; pages < 20; pages++) {
      const { rows, next } = await searchPayments(t.prisma, DEMO_MERCHANT_ID, q, 4);
      seen.push(...rows.map((r) => r.id));
      if (!next) break;
      q = { ...q, after: next };
    }
    expect(seen).toHaveLength(mine.length);
    expect(new Set(seen)).toEqual(new Set(mine));
    const rows = await t.prisma.payment.findMany({ where: { id: { in: seen } }, select: { id: true, createdAt: true } });
    const at = new Map(rows.map((r) => [r.id, r.createdAt.getTime()]));
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(at.get(a)! > at.get(b)! || (at.get(a) === at.get(b) && a > b)).toBe(true);
    }
  });

  it("searches by reference, email, payment id, provider reference and amount, in this merchant only", async () => {
    const [target] = await ids({ q: "xyz-77" });
    expect(target).toBeDefined();
    expect(await ids({ q: "xyz-77" })).toHaveLength(1);
    expect(await ids({ q: "ann.peeters@example" })).toEqual([target]);
    expect(await ids({ q: target! })).toEqual([target]);
    expect(await ids({ q: "wp-777" })).toEqual([target]);
    expect(await ids({ q: "wp-778" })).toEqual([]);
    expect(await ids({ q: "42.50" })).toEqual([target]);
    expect(await ids({ q: "42,5" })).toEqual([target]);
    expect(await ids({ q: "xyz-77" }, OTHER)).toHaveLength(1);
    expect(await ids({ q: target! }, OTHER)).toEqual([]);
  });

  it("pages a search that matches on the payment and on its checkout, every row once, newest first", async () => {
    const t0 = new Date("2026-04-10T10:00:00Z").getTime();
    const byText = [0, 2, 4].map((k) => payment(DEMO_MERCHANT_ID, 500 + k, { reference: `LOT-12.50-${k}`, amount: 990, provider: "bancontact", at: new Date(t0 - k * 60_000) }));
    const byAmount = [1, 3, 5].map((k) => payment(DEMO_MERCHANT_ID, 500 + k, { amount: 1250, provider: "bancontact", at: new Date(t0 - k * 60_000) }));
    const both = payment(DEMO_MERCHANT_ID, 506, { reference: "LOT-12.50-both", amount: 1250, provider: "bancontact", at: new Date(t0 - 6 * 60_000) });
    const expected = await Promise.all([...byText, ...byAmount, both]);
    const order = [0, 3, 1, 4, 2, 5, 6].map((i) => expected[i]!);
    const seen: string[] = [];
    let q = query({ q: "12.50", from: "2026-04-10", to: "2026-04-10" });
    for (let pages = 0; pages < 10; pages++) {
      const { rows, next } = await searchPayments(t.prisma, DEMO_MERCHANT_ID, q, 2);
      seen.push(...rows.map((r) => r.id));
      if (!next) break;
      q = { ...q, after: next };
    }
    expect(seen).toEqual(order);
  });

  it("matches one or two characters against a whole reference or email, in any case", async () => {
    const short = await payment(DEMO_MERCHANT_ID, 600, { reference: "Q7", email: "zz@example.test", provider: "bancontact", at: new Date("2026-04-15T10:00:00Z") });
    expect(await ids({ q: "q7" })).toEqual([short]);
    // Not any part: "77" is in ORDER-Xyz-77 but is not its whole reference.
    expect(await ids({ q: "77" })).toEqual([]);
    expect(await ids({ q: "zz" })).toEqual([]);
  });

  it("filters by provider, state, initiation and Brussels day", async () => {
    const [target] = await ids({ q: "xyz-77" });
    expect(await ids({ provider: "worldpay" })).toEqual([target]);
    expect(await ids({ state: "FAILED" })).toEqual([target]);
    expect(await ids({ initiation: "merchant" })).toEqual([target]);
    expect(await ids({ provider: "worldpay", state: "PAID" })).toEqual([]);
    // 22:30 UTC on 29 March is 00:30 on the 30th in Brussels (summer time began that night).
    expect(await ids({ from: "2026-03-30", to: "2026-03-30" })).toEqual([target]);
    expect(await ids({ from: "2026-03-29", to: "2026-03-29" })).toEqual([]);
    expect(await ids({ from: "2026-03-10", to: "2026-03-10" })).toHaveLength(mine.length);
    expect(await ids({ to: "2026-03-09" })).toEqual([]);
  });

  it("refuses bad input field by field", () => {
    const bad = parsePaymentQuery(new URLSearchParams({ provider: "paypal", state: "NOPE", from: "2026-13-45", to: "yesterday", initiation: "x", after: "garbage" }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.field).sort()).toEqual(["after", "from", "initiation", "provider", "state", "to"]);
    const backwards = parsePaymentQuery(new URLSearchParams({ from: "2026-03-02", to: "2026-03-01" }));
    expect(backwards).toMatchObject({ ok: false, errors: [{ field: "to" }] });
    expect(parsePaymentQuery(new URLSearchParams({ q: "", provider: "" }))).toEqual({ ok: true, query: {} });
  });

  it("exports the filter as CSV, page by page, every row once, quoted and defused", async () => {
    await payment(DEMO_MERCHANT_ID, 400, { reference: '=HYPERLINK("http://evil.example","x")', email: "+32@example.test", provider: "ppro" });
    await payment(DEMO_MERCHANT_ID, 401, { reference: "a,b\nc", email: "-1@example.test", provider: "ppro" });
    await payment(DEMO_MERCHANT_ID, 402, { reference: "@SUM(1)", provider: "ppro" });
    const text = await new Response(exportPaymentsCsv(t.prisma, DEMO_MERCHANT_ID, query({ provider: "ppro" }), 2)).text();
    expect(text.startsWith("payment_id,created_at,reference,email,")).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).toContain(`'+32@example.test`);
    expect(text).toContain(`"a,b\nc",'-1@example.test`);
    expect(text).toContain(`,'@SUM(1),`);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(4);
    const all = await new Response(exportPaymentsCsv(t.prisma, DEMO_MERCHANT_ID, query({ provider: "wooshpay" }), 7)).text();
    const exported = all.split("\r\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]);
    expect(exported.sort()).toEqual([...mine].sort());
    const other = await new Response(exportPaymentsCsv(t.prisma, OTHER, {}, 7)).text();
    expect(other).not.toContain(mine[0]!);
    expect(other).toContain("ORDER-Xyz-77-other");
  });
});
