// Outgoing mail goes through an outbox table first, so nothing is lost when the mail server is
// down; with SMTP_URL set it is sent by nodemailer, otherwise it stays in the development
// mailbox (/sandbox/mailbox).
import "server-only";
import { db } from "../db/client";
import { env } from "../env";
import { newId } from "../ids";
import { logger } from "../log";

export type Mail = { to: string; subject: string; text: string };

export async function sendMail(mail: Mail): Promise<void> {
  const prisma = await db();
  const e = env();
  const message = await prisma.mailMessage.create({
    data: { id: newId("mail"), to: mail.to, subject: mail.subject, text: mail.text, status: e.smtpUrl ? "QUEUED" : "DEV_MAILBOX" },
  });
  if (!e.smtpUrl) return;
  try {
    const nodemailer = await import("nodemailer");
    await nodemailer.createTransport(e.smtpUrl).sendMail({ from: e.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
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
