// A cardholder's payments: the checkouts paid with their (verified) email address, theirs only.
import type { Db } from "../db/client";

export async function cardholderPayments(db: Db, email: string) {
  const checkouts = await db.checkout.findMany({
    where: { customerEmail: { equals: email, mode: "insensitive" } },
    include: { merchant: { select: { name: true } }, payments: { orderBy: { createdAt: "desc" }, take: 1 } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return checkouts.map((c) => ({
    id: c.id,
    createdAt: c.createdAt,
    merchant: c.merchant.name,
    description: c.description,
    amount: c.amount,
    status: c.payments[0]?.status ?? "CREATED",
  }));
}
