// Sends the expiry reminders that are due (reminder-rules.ts). Each card is handled in its own
// transaction under its row lock: the mail goes into the outbox and the card is stamped together,
// so two runs at once (two instances, a retried job) send each reminder once.
import type { Db } from "../db/client";
import { deliverMailIn } from "../mail/send";
import { cardExpiryMail, linkExpiryMail, mailLocale } from "./mails";
import { dueReminders } from "./reminder-rules";

export type ReminderSettings = { appUrl: string; smtpUrl: string | undefined };

/** Returns how many reminders this run sent. */
export async function sendExpiryReminders(prisma: Db, settings: ReminderSettings, now = new Date()): Promise<number> {
  // Only cards that may still need one; the rules are asked again under the lock.
  const candidates = await prisma.linkedCard.findMany({
    where: { cardholderId: { not: null }, deletedAt: null, status: "ACTIVE", replacedById: null, OR: [{ cardExpiryRemindedAt: null }, { linkExpiryRemindedAt: null }] },
  });
  let sent = 0;
  for (const candidate of candidates) {
    if (dueReminders(candidate, now).length === 0) continue;
    sent += await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "LinkedCard" WHERE id = ${candidate.id} FOR UPDATE`;
      const card = await tx.linkedCard.findUnique({ where: { id: candidate.id }, include: { cardholder: true } });
      const merchant = card ? await tx.merchant.findUnique({ where: { id: card.merchantId }, select: { name: true } }) : null;
      if (!card?.cardholder || !merchant || card.replacedById) return 0;
      const due = dueReminders(card, now);
      const common = { to: card.cardholder.email, locale: mailLocale(card.cardholder.locale), appUrl: settings.appUrl, merchant: merchant.name, card };
      for (const r of due) {
        const mail = r.kind === "card-expiry" ? cardExpiryMail({ ...common, expiry: r.expiry }) : linkExpiryMail({ ...common, endsAt: r.endsAt });
        await deliverMailIn(tx, mail, settings);
        await tx.linkedCard.update({ where: { id: card.id }, data: r.kind === "card-expiry" ? { cardExpiryRemindedAt: now } : { linkExpiryRemindedAt: now } });
      }
      return due.length;
    });
  }
  return sent;
}
