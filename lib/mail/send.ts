// Outgoing mail goes through an outbox table first, so nothing is lost when the mail server is
// down; with SMTP_URL set it is sent by nodemailer, otherwise it stays in the development
// mailbox (/sandbox/mailbox).
import "server-only";
import { db, type Db } from "../db/client";
import { env } from "../env";
import { newId } from "../ids";
import { logger } from "../log";

export type Mail = { to: string; subject: string; text: string };
export type MailSettings = { smtpUrl: string | undefined; from: string };

export async function sendMail(mail: Mail): Promise<void> {
  const e = env();
  await deliverMail(await db(), mail, { smtpUrl: e.smtpUrl, from: e.mailFrom });
}

/** Records the mail in the outbox, then sends it when a mail server is configured. */
export async function deliverMail(prisma: Db, mail: Mail, settings: MailSettings): Promise<void> {
  const message = await prisma.mailMessage.create({
    data: { id: newId("mail"), to: mail.to, subject: mail.subject, text: mail.text, status: settings.smtpUrl ? "QUEUED" : "DEV_MAILBOX" },
  });
  if (!settings.smtpUrl) return;
  try {
    const nodemailer = await import("nodemailer");
    await nodemailer.createTransport(settings.smtpUrl).sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    await prisma.mailMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date() } });
  } catch (error) {
    await prisma.mailMessage.update({ where: { id: message.id }, data: { status: "FAILED", error: (error as Error).message.slice(0, 500) } });
    logger.warn("mail not sent, kept in the outbox", { mailId: message.id, error: (error as Error).message });
    throw error;
  }
}

export async function devMailbox(limit = 50) {
  return (await db()).mailMessage.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
