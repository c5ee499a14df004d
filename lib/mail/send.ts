// Outgoing mail goes through an outbox table first, so nothing is lost when the mail server is
// down; with SMTP_URL set, a send-mail job (lib/jobs/send-mail.ts) added in the same transaction
// sends it by nodemailer from whichever instance takes it, retrying with backoff; otherwise it
// stays in the development mailbox (/sandbox/mailbox). Every body is sealed in the outbox, not only the sign-in links:
// mail speaks of payments and people, and a body that one day carries a secret must not depend
// on its author remembering to flag it. Only the sender and the development mailbox open it.
import "server-only";
import { isSealed } from "../crypto/secret-box";
import { openSecret, sealSecret } from "../crypto/token-keys";
import { db, type Db } from "../db/client";
import { env } from "../env";
import { newId } from "../ids";
import { enqueueSendMail } from "../jobs/send-mail";
import { logger } from "../log";

/** A mail: its plain text, and an HTML part beside it when it has one; `kind` and `paymentId` let staff find a payment's mails. */
export type Mail = { to: string; subject: string; text: string; html?: string; kind?: string; paymentId?: string };
export type MailSettings = { smtpUrl: string | undefined; from: string };

export async function sendMail(mail: Mail): Promise<void> {
  const e = env();
  await deliverMail(await db(), mail, { smtpUrl: e.smtpUrl, from: e.mailFrom });
}

/** Records the mail in the outbox and, when a mail server is configured, its send job with it. */
export async function deliverMail(prisma: Db, mail: Mail, settings: MailSettings): Promise<void> {
  await prisma.$transaction((tx) => deliverMailIn(tx, mail, settings));
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * The same inside the caller's transaction: the mail exists if and only if the change it speaks
 * of commits (a payment made, a reminder stamped).
 */
export async function deliverMailIn(tx: Tx, mail: Mail, settings: Pick<MailSettings, "smtpUrl">): Promise<void> {
  const data = {
    id: newId("mail"),
    to: mail.to,
    subject: mail.subject,
    text: sealSecret(mail.text),
    html: mail.html ? sealSecret(mail.html) : null,
    kind: mail.kind ?? null,
    paymentId: mail.paymentId ?? null,
  };
  await tx.mailMessage.create({ data: { ...data, status: settings.smtpUrl ? "QUEUED" : "DEV_MAILBOX" } });
  if (settings.smtpUrl) await enqueueSendMail(tx, data.id);
}

/**
 * Sends one outbox message as stored (its body is opened here, just before it leaves) and records
 * the attempt. A failure is thrown so the queue retries it; `last` says the queue will not.
 */
export async function sendFromOutbox(prisma: Db, id: string, settings: MailSettings & { smtpUrl: string }, attempt: { attempt: number; last: boolean }): Promise<void> {
  const message = await prisma.mailMessage.findUnique({ where: { id } });
  // Already sent: a job that ran to the end but could not be marked done must not send it again.
  if (!message || message.status === "SENT") return;
  try {
    const nodemailer = await import("nodemailer");
    const text = openMailText(message.text);
    const html = message.html ? openMailText(message.html) : undefined;
    await nodemailer.createTransport(settings.smtpUrl).sendMail({ from: settings.from, to: message.to, subject: message.subject, text, ...(html ? { html } : {}) });
    await prisma.mailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: attempt.attempt } });
  } catch (error) {
    const reason = (error as Error).message.slice(0, 500);
    await prisma.mailMessage.update({ where: { id }, data: { status: attempt.last ? "FAILED" : "RETRYING", attempts: attempt.attempt, error: reason } });
    logger.warn(attempt.last ? "mail not sent, giving up: kept in the outbox" : "mail not sent, will retry", { mailId: id, attempt: attempt.attempt, error: reason });
    throw error;
  }
}

/** A stored body in clear; bodies stored before sealing are returned as they are. */
export function openMailText(stored: string): string {
  return isSealed(stored) ? openSecret(stored) : stored;
}

/** The development mailbox: the latest mail, opened for reading (the text part: it shows what the HTML part says). */
export async function devMailbox(limit = 50) {
  const rows = await (await db()).mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((row) => {
    try {
      return { ...row, text: openMailText(row.text) };
    } catch {
      return { ...row, text: "(sealed with a key that is no longer configured)" };
    }
  });
}
