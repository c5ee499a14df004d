// The shopper's credential is the checkout id itself: 100 random bits, handed only to the
// merchant's shopper. Holding one that exists makes the request its checkout's holder.
import { z } from "zod";
import type { Db } from "../db/client";
import { ANONYMOUS, type Principal } from "./principal";

export const CheckoutIdSchema = z.string().regex(/^chk_[a-z2-7]{20}$/);

export async function checkoutHolder(db: Db, id: unknown): Promise<Principal> {
  const parsed = CheckoutIdSchema.safeParse(id);
  if (!parsed.success) return ANONYMOUS;
  const found = await db.checkout.findUnique({ where: { id: parsed.data }, select: { id: true } });
  return found ? { kind: "checkout-holder", checkoutId: found.id } : ANONYMOUS;
}
