// The app's worker: every instance runs one on the shared queue, with each job kind's handler.
// Started after the database is open (lib/startup.ts), stopped on SIGTERM (instrumentation.ts).
import type { CronItem, Runner, TaskList } from "graphile-worker";
import { db, queueConnection } from "../db/client";
import { env } from "../env";
import { startWorker } from "./queue";
import { SEND_MAIL, sendMailTask } from "./send-mail";
import { REVOKE_LINK, revokeLinkTask } from "./revoke-link";
import { revokeAtProvider } from "../cards/revoke-at-provider";
import { registerScheduleJobs } from "./schedule-charges";
import { getProvider } from "../providers/registry";
import { EXPIRY_REMINDERS, expiryRemindersCron, expiryRemindersTask } from "./expiry-reminders";
import { SETTLE_REFUNDS, settleRefundsCron, settleRefundsTask } from "./settle-refunds";

const g = globalThis as unknown as { __bcJobs?: Promise<Runner> };

export function startJobs(): Promise<Runner> {
  g.__bcJobs ??= (async () => {
    const e = env();
    const prisma = await db();
    const tasks: TaskList = {};
    // Recurring jobs, each a CronItem next to its task (added by each job kind's file).
    const crontab: CronItem[] = [expiryRemindersCron];
    tasks[EXPIRY_REMINDERS] = expiryRemindersTask(prisma, { appUrl: e.appUrl, smtpUrl: e.smtpUrl });
    // Without a mail server nothing is queued (the development mailbox keeps the mail); should a
    // job be left from a time with one, the worker leaves it waiting rather than failing it.
    if (e.smtpUrl) tasks[SEND_MAIL] = sendMailTask(prisma, { smtpUrl: e.smtpUrl, from: e.mailFrom });
    tasks[REVOKE_LINK] = revokeLinkTask(prisma, revokeAtProvider);
    registerScheduleJobs(tasks, crontab, { db: prisma, provider: getProvider, appUrl: e.appUrl });
    tasks[SETTLE_REFUNDS] = settleRefundsTask(prisma, getProvider);
    crontab.push(settleRefundsCron);
    return startWorker({ connectionString: await queueConnection(), tasks, crontab });
  })();
  g.__bcJobs.catch(() => (g.__bcJobs = undefined));
  return g.__bcJobs;
}

/** Lets running jobs finish (graphile-worker's graceful stop), then releases the connections. */
export async function stopJobs(): Promise<void> {
  const running = g.__bcJobs;
  g.__bcJobs = undefined;
  if (running) await (await running).stop();
}
