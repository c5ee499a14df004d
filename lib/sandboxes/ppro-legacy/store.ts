// Where the PPRO legacy sandbox keeps its transactions, linked cards and clock: the generic
// SandboxRecord table, each record's data checked with the sandbox's own schemas.
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { ClockDataSchema, TokenDataSchema, TxDataSchema, type TokenData, type TxData } from "./wire";

export const PROVIDER = "ppro-legacy";
const DAY_MS = 86_400_000;
const txKey = (txid: string) => `${PROVIDER}:tx:${txid}`;
const tokenKey = (token: string) => `${PROVIDER}:token:${token}`;
const CLOCK_KEY = `${PROVIDER}:clock`;

type Stored<T> = { data: T; version: Date };

export async function findTx(txid: string): Promise<Stored<TxData> | null> {
  const r = await (await db()).sandboxRecord.findUnique({ where: { id: txKey(txid) } });
  return r ? { data: TxDataSchema.parse(r.data), version: r.updatedAt } : null;
}

export async function findTxByMerchantTxId(merchantTxId: string): Promise<TxData | null> {
  const r = await (await db()).sandboxRecord.findFirst({ where: { provider: PROVIDER, kind: "tx", ref: merchantTxId } });
  return r ? TxDataSchema.parse(r.data) : null;
}

/** Stores a new transaction; false when the txid is taken (the caller draws another). */
export async function insertTx(tx: TxData): Promise<boolean> {
  try {
    await (await db()).sandboxRecord.create({
      data: { id: txKey(tx.txid), provider: PROVIDER, kind: "tx", ref: tx.merchantTxId, data: TxDataSchema.parse(tx) },
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}

/** Writes a transaction only if nobody changed it since it was read; false when someone did. */
export async function updateTx(read: Stored<TxData>, next: TxData): Promise<boolean> {
  const moved = await (await db()).sandboxRecord.updateMany({
    where: { id: txKey(read.data.txid), updatedAt: read.version },
    data: { data: TxDataSchema.parse(next) },
  });
  return moved.count === 1;
}

export async function recentTxs(limit = 20): Promise<TxData[]> {
  const rows = await (await db()).sandboxRecord.findMany({ where: { provider: PROVIDER, kind: "tx" }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((r) => TxDataSchema.parse(r.data));
}

export async function findToken(token: string): Promise<TokenData | null> {
  const r = await (await db()).sandboxRecord.findUnique({ where: { id: tokenKey(token) } });
  return r ? TokenDataSchema.parse(r.data) : null;
}

export async function saveToken(t: TokenData): Promise<void> {
  const data = TokenDataSchema.parse(t);
  await (await db()).sandboxRecord.upsert({
    where: { id: tokenKey(t.token) },
    create: { id: tokenKey(t.token), provider: PROVIDER, kind: "token", ref: t.token, data },
    update: { data },
  });
}

export async function recentTokens(limit = 20): Promise<TokenData[]> {
  const rows = await (await db()).sandboxRecord.findMany({ where: { provider: PROVIDER, kind: "token" }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((r) => TokenDataSchema.parse(r.data));
}

export async function clockOffsetDays(): Promise<number> {
  const r = await (await db()).sandboxRecord.findUnique({ where: { id: CLOCK_KEY } });
  return r ? ClockDataSchema.parse(r.data).offsetDays : 0;
}

/** The sandbox's time: real time plus the offset the dashboard (or a test) set. */
export async function sandboxNow(): Promise<Date> {
  return new Date(Date.now() + (await clockOffsetDays()) * DAY_MS);
}

async function setClock(offsetDays: number): Promise<number> {
  const data = ClockDataSchema.parse({ offsetDays });
  await (await db()).sandboxRecord.upsert({
    where: { id: CLOCK_KEY },
    create: { id: CLOCK_KEY, provider: PROVIDER, kind: "clock", data },
    update: { data },
  });
  return offsetDays;
}

/** Moves the sandbox's clock forward, e.g. past a token's 365 days; returns the new offset. */
export async function advanceClock(days: number): Promise<number> {
  return setClock((await clockOffsetDays()) + days);
}

export async function resetClock(): Promise<number> {
  return setClock(0);
}

export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;
