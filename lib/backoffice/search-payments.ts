// The payments list of one merchant's staff: search, filters and keyset pagination on
// (createdAt, id), newest first. Served by the (merchantId, createdAt) index: a page reads
// about as many rows as it shows, however deep it is.
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";
import { brusselsDayEnd, brusselsDayStart } from "./brussels-day";
import type { Cursor } from "./cursor";
import { searchedAmount, type PaymentQuery } from "./payment-query";

export const PAGE_SIZE = 50;

/** The rows matching the query's search and filters, of this merchant only. */
export function paymentWhere(merchantId: string, query: PaymentQuery): Prisma.PaymentWhereInput {
  const and: Prisma.PaymentWhereInput[] = [{ merchantId }];
  if (query.provider) and.push({ provider: query.provider });
  if (query.state) and.push({ status: query.state });
  if (query.initiation) and.push({ initiation: query.initiation });
  if (query.from) and.push({ createdAt: { gte: brusselsDayStart(query.from) } });
  if (query.to) and.push({ createdAt: { lt: brusselsDayEnd(query.to) } });
  if (query.q) {
    const q = query.q;
    const amount = searchedAmount(q);
    and.push({
      OR: [
        { id: q },
        { providerPaymentId: q },
        { checkout: { merchantReference: { contains: q, mode: "insensitive" } } },
        { checkout: { customerEmail: { contains: q, mode: "insensitive" } } },
        ...(amount !== null ? [{ amount }] : []),
      ],
    });
  }
  return { AND: and };
}

const before = (c: Cursor): Prisma.PaymentWhereInput => ({ OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] });

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

/** One page: the rows after `after` (or the first page), and the cursor of the next page if any. */
export async function searchPayments(
  db: Db,
  merchantId: string,
  query: PaymentQuery,
  take = PAGE_SIZE,
): Promise<{ rows: PaymentRow[]; next: Cursor | null }> {
  const where = paymentWhere(merchantId, query);
  const rows = await db.payment.findMany({
    where: query.after ? { AND: [where, before(query.after)] } : where,
    select: LIST_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
  });
  const more = rows.length > take;
  const page = more ? rows.slice(0, take) : rows;
  const last = page.at(-1);
  return { rows: page, next: more && last ? { createdAt: last.createdAt, id: last.id } : null };
}
