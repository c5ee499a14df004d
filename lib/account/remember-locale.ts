// The cardholder's language, kept where we learn it (signing in, paying at a checkout), so that the
// mail they get later (charges, reminders) is written in it.
import type { Db } from "../db/client";
import type { Locale } from "../i18n/locales";

export async function rememberLocale(prisma: Db, cardholderId: string, locale: Locale): Promise<void> {
  await prisma.cardholder.updateMany({ where: { id: cardholderId, NOT: { locale } }, data: { locale } });
}
