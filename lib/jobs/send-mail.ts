// Job kind "send-mail": one outbox message leaves through SMTP. Added in the transaction that
// records the message, keyed by the message id (one job per message), retried by the queue with
// exponential backoff until MAIL_MAX_ATTEMPTS; the row keeps the status, attempts and last error.
import type { Task } from "graphile-worker";
import { z } from "zod";
import type { Db } from "../db/client";
import { sendFromOutbox, type MailSettings } from "../mail/send";

export const SEND_MAIL = "send-mail";

/** graphile-worker waits exp(min(attempt, 10)) seconds between attempts: 10 span about 3.6 hours. */
export const MAIL_MAX_ATTEMPTS = 10;

const Payload = z.object({ id: z.string().min(1) });

/** Adds the send job inside the caller's transaction: it exists if and only if the row does. */
export async function enqueueSendMail(tx: Pick<Db, "$executeRaw">, id: string, maxAttempts = MAIL_MAX_ATTEMPTS): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${SEND_MAIL}::text, json_build_object('id', ${id}::text), max_attempts => ${maxAttempts}::int, job_key => ${id}::text)`;
}

export function sendMailTask(prisma: Db, settings: MailSettings & { smtpUrl: string }): Task {
  return async (payload, helpers) => {
    const { id } = Payload.parse(payload);
    // The queue counts this attempt before running it (attempts is 1 on the first run).
    await sendFromOutbox(prisma, id, settings, { attempt: helpers.job.attempts, last: helpers.job.attempts >= helpers.job.max_attempts });
  };
}
