// Job kind "expiry-reminders": once a day, the cardholders whose card expires within 60 days, or
// whose link lapses within 30, are told (lib/notifications/expiry-reminders.ts). graphile-worker's
// cron enqueues each day's run once across instances; should two runs overlap all the same, the
// row lock and the stamps keep each reminder to one mail.
import type { CronItem, Task } from "graphile-worker";
import type { Db } from "../db/client";
import { sendExpiryReminders, type ReminderSettings } from "../notifications/expiry-reminders";

export const EXPIRY_REMINDERS = "expiry-reminders";

/** Every day at 07:00 UTC; a day missed while no instance ran is caught up within a day. */
export const expiryRemindersCron: CronItem = {
  task: EXPIRY_REMINDERS,
  match: "0 7 * * *",
  identifier: EXPIRY_REMINDERS,
  options: { backfillPeriod: 24 * 60 * 60 * 1000 },
};

export function expiryRemindersTask(prisma: Db, settings: ReminderSettings): Task {
  return async () => {
    await sendExpiryReminders(prisma, settings);
  };
}
