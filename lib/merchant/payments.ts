// The payments of one merchant, for its staff.
import type { Db } from "../db/client";

export async function merchantPayments(db: Db, merchantId: string, take = 50) {
  return db.payment.findMany({
    where: { merchantId },
    include: { checkout: { select: { merchantReference: true, description: true, customerEmail: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
}
