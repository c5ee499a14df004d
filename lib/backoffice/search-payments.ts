// The payments list of one merchant's staff: search, filters and keyset pagination on
// (createdAt, id), newest first. Served by the (merchantId, createdAt) index: a page reads
// about as many rows as it shows, however deep it is.
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";
import { brusselsDayEnd, brusselsDayStart } from "./brussels-day";
import type { Cursor } from "./cursor";
import { PROVIDER_IDS } from "../payments/providers";
import { searchedAmount, type PaymentQuery } from "./payment-query";

export const PAGE_SIZE = 50;

/** The filters other than the search text, this merchant's rows only. */
function filterWhere(merchantId: string, query: PaymentQuery): Prisma.PaymentWhereInput[] {
  const and: Prisma.PaymentWhereInput[] = [{ merchantId }];
  if (query.provider) and.push({ provider: query.provider });
  if (query.state) and.push({ status: query.state });
  if (query.initiation) and.push({ initiation: query.initiation });
  if (query.from) and.push({ createdAt: { gte: brusselsDayStart(query.from) } });
  if (query.to) and.push({ createdAt: { lt: brusselsDayEnd(query.to) } });
  return and;
}

/** Below this many characters a trigram index cannot help: a reference or email must then be whole. */
export const SUBSTRING_MIN = 3;

/**
 * The search text as two halves, each asked apart: what matches on the payment itself (its id or
 * provider reference, exact; its amount), and what matches on its checkout (reference or email,
 * any part, any case, served by the trigram indexes on Checkout; one or two characters match a
 * whole reference or email, still any case). One OR across both tables would join every
 * checkout of the merchant before filtering; each half alone uses an index.
 */
export function searchBranches(q: string): { onPayment: Prisma.PaymentWhereInput; onCheckout: Prisma.PaymentWhereInput } {
  const amount = searchedAmount(q);
  const text = q.length >= SUBSTRING_MIN ? { contains: q, mode: "insensitive" as const } : { equals: q, mode: "insensitive" as const };
  return {
    onPayment: {
      OR: [
        { id: q },
        // Naming every provider lets the (provider, providerPaymentId) index find it.
        { provider: { in: [...PROVIDER_IDS] }, providerPaymentId: q },
        ...(amount !== null ? [{ amount }] : []),
      ],
    },
    onCheckout: { checkout: { OR: [{ merchantReference: text }, { customerEmail: text }] } },
  };
}

const before = (c: Cursor): Prisma.PaymentWhereInput => ({ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] });

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.PaymentOrderByWithRelationInput[];

export const LIST_SELECT = {
  id: true,
  createdAt: true,
  provider: true,
  providerPaymentId: true,
  status: true,
  initiation: true,
  amount: true,
  refundedAmount: true,
  fallbackFrom: true,
  checkout: { select: { merchantReference: true, customerEmail: true, description: true } },
} satisfies Prisma.PaymentSelect;

export type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof LIST_SELECT }>;

/** The ids of the first `take` rows of the page, newest first, the database ordering them. */
async function pageIds(db: Db, where: Prisma.PaymentWhereInput, take: number): Promise<string[]> {
  const rows = await db.payment.findMany({ where, select: { id: true }, orderBy: NEWEST_FIRST, take });
  return rows.map((r) => r.id);
}

/** One page: the rows after `after` (or the first page), and the cursor of the next page if any. */
export async function searchPayments(
  db: Db,
  merchantId: string,
  query: PaymentQuery,
  take = PAGE_SIZE,
): Promise<{ rows: PaymentRow[]; next: Cursor | null }> {
  const and = filterWhere(merchantId, query);
  if (query.after) and.push(before(query.after));
  let where: Prisma.PaymentWhereInput = { AND: and };
  if (query.q) {
    // Each half's first take + 1 rows hold the union's first take + 1: the page is taken from them.
    const { onPayment, onCheckout } = searchBranches(query.q);
    const [a, b] = await Promise.all([onPayment, onCheckout].map((branch) => pageIds(db, { AND: [...and, branch] }, take + 1)));
    where = { merchantId, id: { in: [...new Set([...(a ?? []), ...(b ?? [])])] } };
  }
  const rows = await db.payment.findMany({ where, select: LIST_SELECT, orderBy: NEWEST_FIRST, take: take + 1 });
  const more = rows.length > take;
  const page = more ? rows.slice(0, take) : rows;
  const last = page.at(-1);
  return { rows: page, next: more && last ? { createdAt: last.createdAt, id: last.id } : null };
}
