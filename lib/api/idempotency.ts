// Idempotency-Key on creating calls, kept 24 hours: the same key and body replays the first
// answer; the same key with another body is a 409. Failed attempts free the key for a retry.
import { createHash } from "node:crypto";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { newId } from "../ids";

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256").update(`${method} ${path}\n${canonical(body)}`).digest("hex");
}

export function readIdempotencyKey(headers: Headers): string {
  const key = headers.get("idempotency-key");
  if (!key) throw new AppError("invalid_request", "Idempotency-Key header is required", [{ field: "Idempotency-Key", message: "is required" }]);
  if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new AppError("invalid_request", "Idempotency-Key is invalid", [{ field: "Idempotency-Key", message: "must be 1-255 visible ASCII characters" }]);
  }
  return key;
}

export type StoredResponse = { status: number; body: unknown; replayed: boolean };

export async function idempotent(
  db: Db,
  merchantId: string,
  key: string,
  fingerprint: string,
  run: () => Promise<{ status: number; body: unknown }>,
  now = new Date(),
): Promise<StoredResponse> {
  const id = newId("idk");
  try {
    await db.idempotencyKey.create({ data: { id, merchantId, key, requestHash: fingerprint } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const existing = await db.idempotencyKey.findUniqueOrThrow({ where: { merchantId_key: { merchantId, key } } });
    if (now.getTime() - existing.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
      await db.idempotencyKey.deleteMany({ where: { id: existing.id, createdAt: existing.createdAt } });
      return idempotent(db, merchantId, key, fingerprint, run, now);
    }
    if (existing.requestHash !== fingerprint) {
      throw new AppError("idempotency_key_reused", "this Idempotency-Key was used with a different request", [
        { field: "Idempotency-Key", message: "was used with a different request" },
      ]);
    }
    if (existing.responseStatus === null) {
      throw new AppError("idempotency_request_in_progress", "a request with this Idempotency-Key is still being processed");
    }
    return { status: existing.responseStatus, body: existing.responseBody, replayed: true };
  }
  try {
    const result = await run();
    await db.idempotencyKey.update({
      where: { id },
      data: { responseStatus: result.status, responseBody: result.body as Prisma.InputJsonValue },
    });
    return { ...result, replayed: false };
  } catch (error) {
    if (error instanceof AppError && error.code !== "provider_unavailable") {
      // Refused before anything happened: the key is free for a corrected request.
      await db.idempotencyKey.delete({ where: { id } }).catch(() => undefined);
    } else {
      // The outcome is unknown (the provider did not answer, or we failed midway): a retry with
      // the same key must not do it again, so it replays this answer.
      const status = error instanceof AppError ? error.status : 500;
      const code = error instanceof AppError ? error.code : "internal_error";
      const message = error instanceof AppError ? error.message : "something went wrong on our side";
      await db.idempotencyKey.update({ where: { id }, data: { responseStatus: status, responseBody: { error: { code, message } } } }).catch(() => undefined);
    }
    throw error;
  }
}
