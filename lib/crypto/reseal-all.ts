// Re-seals every secret at rest with the current key, after a rotation (docs/secrets.md): card
// tokens, link references, outbox mail bodies and the sealed fields of stored webhook bodies.
// Also brings older rows up to today's rules: a mail body stored in clear is sealed, a webhook
// body stored raw is protected and hashed. Batched by id, one transaction per batch, each row
// updated only if it still holds what was read, so it can run beside a running app (PostgreSQL)
// and be run again: a second run finds nothing to do.
import type { Db } from "../db/client";
import { bodySha256, protectBody, truncateBody } from "../webhooks/protect-body";
import { isSealed, needsReseal, reseal, seal, SEALED_VALUE, type KeyRing } from "./secret-box";

export type ResealCount = { scanned: number; resealed: number; failed: string[] };
export type ResealReport = Record<"LinkedCard.tokenEncrypted" | "Payment.linkReferenceSealed" | "MailMessage.text" | "WebhookEvent.body", ResealCount>;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Row = { id: string; value: string };
type Column = {
  /** The next batch of rows after `after`, by id. */
  read(prisma: Db, after: string, take: number): Promise<(Row & Record<string, unknown>)[]>;
  /** What the row should hold now, or null when it is already right. */
  next(row: Row & Record<string, unknown>, ring: KeyRing): Record<string, unknown> | null;
  /** Writes it if the row still holds `value`; true when written. */
  write(tx: Tx, row: Row, data: Record<string, unknown>): Promise<boolean>;
};

const resealValue = (value: string, ring: KeyRing) => (needsReseal(value, ring) ? reseal(value, ring) : null);
const resealInside = (text: string, ring: KeyRing) => text.replace(SEALED_VALUE, (m) => reseal(m, ring));

const COLUMNS: Record<keyof ResealReport, Column> = {
  "LinkedCard.tokenEncrypted": {
    read: async (p, after, take) =>
      // A deleted card's token is destroyed (null): nothing to re-seal.
      (await p.linkedCard.findMany({ where: { id: { gt: after }, tokenEncrypted: { not: null } }, orderBy: { id: "asc" }, take, select: { id: true, tokenEncrypted: true } })).map((r) => ({
        id: r.id,
        value: r.tokenEncrypted ?? "",
      })),
    next: (row, ring) => {
      const v = resealValue(row.value, ring);
      return v ? { tokenEncrypted: v } : null;
    },
    write: async (tx, row, data) => (await tx.linkedCard.updateMany({ where: { id: row.id, tokenEncrypted: row.value }, data })).count === 1,
  },
  "Payment.linkReferenceSealed": {
    read: async (p, after, take) =>
      (
        await p.payment.findMany({
          where: { id: { gt: after }, linkReferenceSealed: { not: null } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, linkReferenceSealed: true },
        })
      ).map((r) => ({ id: r.id, value: r.linkReferenceSealed ?? "" })),
    next: (row, ring) => {
      const v = resealValue(row.value, ring);
      return v ? { linkReferenceSealed: v } : null;
    },
    write: async (tx, row, data) => (await tx.payment.updateMany({ where: { id: row.id, linkReferenceSealed: row.value }, data })).count === 1,
  },
  "MailMessage.text": {
    read: async (p, after, take) =>
      (await p.mailMessage.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take, select: { id: true, text: true } })).map((r) => ({ id: r.id, value: r.text })),
    next: (row, ring) => {
      // Bodies stored before the outbox sealed them are sealed now.
      const v = isSealed(row.value) ? resealValue(row.value, ring) : seal(row.value, ring);
      return v ? { text: v } : null;
    },
    write: async (tx, row, data) => (await tx.mailMessage.updateMany({ where: { id: row.id, text: row.value }, data })).count === 1,
  },
  "WebhookEvent.body": {
    read: async (p, after, take) =>
      (
        await p.webhookEvent.findMany({
          where: { id: { gt: after } },
          orderBy: { id: "asc" },
          take,
          select: { id: true, body: true, bodySha256: true, verified: true },
        })
      ).map((r) => ({ id: r.id, value: r.body, hashed: r.bodySha256 !== null, verified: r.verified })),
    next: (row, ring) => {
      if (!row.hashed) {
        // Stored raw, before bodies were protected: protect it as intake does today.
        const body = protectBody(row.value, (s) => seal(s, ring));
        return { body: row.verified ? body : truncateBody(body), bodySha256: bodySha256(row.value), bodyBytes: Buffer.byteLength(row.value, "utf8") };
      }
      const body = resealInside(row.value, ring);
      return body === row.value ? null : { body };
    },
    write: async (tx, row, data) => (await tx.webhookEvent.updateMany({ where: { id: row.id, body: row.value }, data })).count === 1,
  },
};

export async function resealAll(prisma: Db, ring: KeyRing, opts: { batchSize?: number; progress?: (line: string) => void } = {}): Promise<ResealReport> {
  const take = opts.batchSize ?? 200;
  const report = {} as ResealReport;
  for (const [name, column] of Object.entries(COLUMNS) as [keyof ResealReport, Column][]) {
    const count: ResealCount = { scanned: 0, resealed: 0, failed: [] };
    report[name] = count;
    let after = "";
    for (;;) {
      const rows = await column.read(prisma, after, take);
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.id;
      count.scanned += rows.length;
      const changes: { row: Row; data: Record<string, unknown> }[] = [];
      for (const row of rows) {
        try {
          const data = column.next(row, ring);
          if (data) changes.push({ row, data });
        } catch {
          // Only the row id: the value is a secret, and the error names no more than the key id.
          count.failed.push(row.id);
        }
      }
      if (changes.length > 0) {
        count.resealed += await prisma.$transaction(async (tx) => {
          let written = 0;
          for (const { row, data } of changes) if (await column.write(tx, row, data)) written++;
          return written;
        });
      }
      opts.progress?.(`${name}: ${count.scanned} scanned, ${count.resealed} re-sealed`);
    }
  }
  return report;
}
