// Merchant API access: `Authorization: Bearer <api key>`, looked up by its hash; the route
// wrapper every /api/v1 route is written in.
import type { Merchant } from "../db/generated/client";
import { db, type Db } from "../db/client";
import { AppError } from "../errors";
import { hashApiKey } from "../api/keys";
import { errorResponse } from "../api/respond";
import { enforceRateLimit } from "../rate-limit/enforce";
import { installation } from "./conditions";
import { decide } from "./policy";
import { ANONYMOUS, type Principal } from "./principal";

export async function apiKeyPrincipal(db: Db, request: Request): Promise<{ principal: Principal; merchant: Merchant | null }> {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  if (!m?.[1]) return { principal: ANONYMOUS, merchant: null };
  const key = await db.apiKey.findUnique({ where: { hash: hashApiKey(m[1]) }, include: { merchant: true } });
  if (!key || key.revokedAt) return { principal: ANONYMOUS, merchant: null };
  return { principal: { kind: "api-key", keyId: key.id, merchantId: key.merchantId }, merchant: key.merchant };
}

type Ctx<P> = { params: Promise<P> };

/** A merchant API route: answered 401 without a live key, else run for the key's merchant. */
export function withApiKey<P = Record<string, never>>(handler: (request: Request, access: { merchant: Merchant; params: P }) => Promise<Response>) {
  return async function route(request: Request, ctx: Ctx<P>): Promise<Response> {
    try {
      const { principal, merchant } = await apiKeyPrincipal(await db(), request);
      const decision = decide(principal, { to: "use-merchant-api" }, installation());
      if (!decision.allowed || !merchant) {
        const header = request.headers.get("authorization");
        throw new AppError("unauthorized", header ? "invalid API key" : "missing API key: send Authorization: Bearer <key>");
      }
      if (principal.kind === "api-key") await enforceRateLimit(["merchant-api-key", principal.keyId]);
      return await handler(request, { merchant, params: await ctx.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
