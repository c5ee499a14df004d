// The principal of the request being served, from its session cookie checked against the
// database; once per request however many components ask.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "../auth/options";
import { db } from "../db/client";
import { ANONYMOUS, type Principal } from "./principal";
import { SessionClaimsSchema, sessionPrincipal } from "./session-principal";

export const currentPrincipal = cache(async (): Promise<Principal> => {
  const claims = SessionClaimsSchema.safeParse(await getServerSession(authOptions()));
  if (!claims.success) return ANONYMOUS;
  return sessionPrincipal(await db(), claims.data);
});
