// Merchant API authentication: `Authorization: Bearer <api key>`.
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { hashApiKey } from "./keys";
import { enforceRateLimit } from "../rate-limit/enforce";

export async function authenticateMerchant(db: Db, request: Request) {
  const header = request.headers.get("authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m?.[1]) throw new AppError("unauthorized", "missing API key: send Authorization: Bearer <key>");
  const key = await db.apiKey.findUnique({ where: { hash: hashApiKey(m[1]) }, include: { merchant: true } });
  if (!key || key.revokedAt) throw new AppError("unauthorized", "invalid API key");
  await enforceRateLimit(["merchant-api-key", key.id]);
  return key.merchant;
}
