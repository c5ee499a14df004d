// A session cookie only says who signed in; the database says whether they still may. Read on
// every request, so a removed staff member (or one moved to another merchant) and a deleted
// cardholder are signed out at once rather than when the cookie expires.
import { z } from "zod";
import type { Db } from "../db/client";
import { ANONYMOUS, type Principal } from "./principal";

/** What lib/auth/options.ts puts in the session (its jwt and session callbacks). */
export const SessionClaimsSchema = z.object({
  kind: z.enum(["staff", "cardholder"]),
  uid: z.string().min(1),
  merchantId: z.string().min(1).optional(),
});

export type SessionClaims = z.infer<typeof SessionClaimsSchema>;

export async function sessionPrincipal(db: Db, claims: SessionClaims): Promise<Principal> {
  if (claims.kind === "staff") {
    const staff = await db.staffUser.findUnique({ where: { id: claims.uid }, select: { id: true, email: true, merchantId: true } });
    if (!staff || staff.merchantId !== claims.merchantId) return ANONYMOUS;
    return { kind: "staff", id: staff.id, email: staff.email, merchantId: staff.merchantId };
  }
  const cardholder = await db.cardholder.findUnique({ where: { id: claims.uid }, select: { id: true, email: true } });
  return cardholder ? { kind: "cardholder", id: cardholder.id, email: cardholder.email } : ANONYMOUS;
}
