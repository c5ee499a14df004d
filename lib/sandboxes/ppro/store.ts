// The PPRO sandbox's objects in the generic SandboxRecord table: agreements, charges and the
// answers kept for idempotency keys. Changes to a charge run under a row lock.
import { createHash } from "node:crypto";
import { db } from "../../db/client";
import { Prisma, type PrismaClient } from "../../db/generated/client";
import { AgreementData, ChargeData, type ApiResult } from "./wire";

const PROVIDER = "ppro";
export type Tx = Prisma.TransactionClient | PrismaClient;
type Row = { id: string; data: unknown; createdAt: Date; updatedAt: Date };

function as<T>(row: Row | null, schema: { parse: (v: unknown) => T }) {
  return row ? { id: row.id, data: schema.parse(row.data), createdAt: row.createdAt, updatedAt: row.updatedAt } : null;
}

export type AgreementRecord = NonNullable<ReturnType<typeof as<AgreementData>>>;
export type ChargeRecord = NonNullable<ReturnType<typeof as<ChargeData>>>;

const json = (v: unknown) => v as Prisma.InputJsonValue;
const find = (tx: Tx, id: string, kind: string) => tx.sandboxRecord.findFirst({ where: { id, provider: PROVIDER, kind } });

export async function findAgreement(id: string, tx?: Tx): Promise<AgreementRecord | null> {
  return as(await find(tx ?? (await db()), id, "agreement"), AgreementData);
}

export async function findCharge(id: string, tx?: Tx): Promise<ChargeRecord | null> {
  return as(await find(tx ?? (await db()), id, "charge"), ChargeData);
}

export async function insertAgreement(tx: Tx, id: string, data: AgreementData) {
  await tx.sandboxRecord.create({ data: { id, provider: PROVIDER, kind: "agreement", ref: data.merchantPaymentAgreementReference ?? null, data: json(data) } });
}

export async function insertCharge(tx: Tx, id: string, data: ChargeData) {
  await tx.sandboxRecord.create({ data: { id, provider: PROVIDER, kind: "charge", ref: data.agreementId, data: json(data) } });
}

export async function saveAgreement(tx: Tx, id: string, data: AgreementData) {
  await tx.sandboxRecord.update({ where: { id }, data: { data: json(data) } });
}

export async function saveCharge(tx: Tx, id: string, data: ChargeData) {
  await tx.sandboxRecord.update({ where: { id }, data: { data: json(data) } });
}

/** Runs `fn` with the charge locked, so concurrent refunds or decisions see each other's work. */
export async function withLockedCharge<T>(id: string, fn: (charge: ChargeRecord | null, tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return (await db()).$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "SandboxRecord" WHERE id = ${id} FOR UPDATE`;
    return fn(await findCharge(id, tx), tx);
  });
}

export async function recentCharges(limit = 20): Promise<ChargeRecord[]> {
  const rows = await (await db()).sandboxRecord.findMany({ where: { provider: PROVIDER, kind: "charge" }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((r) => as(r, ChargeData)!);
}

// Idempotency: PPRO returns the first answer to a retried creating call, and refuses the same
// key with another body (409).
const idemId = (path: string, key: string) => `ppro_idem_${createHash("sha256").update(`${path}\n${key}`).digest("hex").slice(0, 40)}`;
// A retried agreement creation carries a later startDate ("now" at each try): the same request
// for all that (our assumption of PPRO's comparison).
function bodyHash(body: unknown): string {
  const rest: Record<string, unknown> = body && typeof body === "object" && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : { value: body };
  delete rest.startDate;
  return createHash("sha256").update(JSON.stringify(rest)).digest("hex");
}

export async function priorAnswer(path: string, key: string, body: unknown): Promise<ApiResult | "conflict" | null> {
  const row = await (await db()).sandboxRecord.findUnique({ where: { id: idemId(path, key) } });
  if (!row) return null;
  const kept = row.data as { bodyHash: string; status: number; body: unknown };
  return kept.bodyHash === bodyHash(body) ? { status: kept.status, body: kept.body } : "conflict";
}

export async function keepAnswer(path: string, key: string, body: unknown, answer: ApiResult): Promise<void> {
  const data = json({ bodyHash: bodyHash(body), status: answer.status, body: answer.body });
  try {
    await (await db()).sandboxRecord.create({ data: { id: idemId(path, key), provider: PROVIDER, kind: "idempotency", ref: key, data } });
  } catch (error) {
    // Two concurrent first tries: the first answer kept wins.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
