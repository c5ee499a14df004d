// Job kinds "schedules-due" and "wip-schedule-charge": schedules' charges as they fall due.
// "schedules-due" is a cron item (every minute; graphile-worker's cron runs each minute once
// across all instances) that adds one "wip-schedule-charge" job per due charge, keyed
// `wip-schedule:<id>:<n>`. The charge job claims the charge under the schedule's row lock before
// calling the provider (lib/schedules/run-due.ts), so a job run twice, or two jobs for one
// charge, still charge at most once.
import type { CronItem, Task, TaskList } from "graphile-worker";
import { z } from "zod";
import type { Db } from "../db/client";
import type { ChargeCardDeps } from "../cards/charge-card";
import { dueCharges, runScheduleCharge, type DueCharge } from "../schedules/run-due";

export const SCHEDULES_DUE = "schedules-due";
export const SCHEDULE_CHARGE = "wip-schedule-charge";

export const schedulesDueCron: CronItem = {
  task: SCHEDULES_DUE,
  match: "* * * * *",
  identifier: SCHEDULES_DUE,
  // Minutes missed while no instance ran need no catching up: the next run finds every due charge.
  options: { backfillPeriod: 0, maxAttempts: 1 },
};

const ChargePayload = z.object({ scheduleId: z.string().min(1), n: z.number().int().min(1) });

export const scheduleChargeKey = (d: DueCharge) => `wip-schedule:${d.scheduleId}:${d.n}`;

/** Adds the job of one due charge; a second add of the same charge keeps one job. */
export async function enqueueScheduleCharge(db: Pick<Db, "$executeRaw">, d: DueCharge): Promise<void> {
  // A provider that did not answer must not lead to a second attempt: one attempt per job.
  await db.$executeRaw`SELECT graphile_worker.add_job(${SCHEDULE_CHARGE}::text, json_build_object('scheduleId', ${d.scheduleId}::text, 'n', ${d.n}::int), max_attempts => 1, job_key => ${scheduleChargeKey(d)}::text, job_key_mode => 'preserve_run_at')`;
}

export function schedulesDueTask(prisma: Db): Task {
  return async () => {
    for (const d of await dueCharges(prisma, new Date())) await enqueueScheduleCharge(prisma, d);
  };
}

export function scheduleChargeTask(deps: () => ChargeCardDeps): Task {
  return async (payload) => {
    await runScheduleCharge(deps(), ChargePayload.parse(payload), new Date());
  };
}

/** Both job kinds and the cron item, as lib/jobs/start.ts registers them. */
export function registerScheduleJobs(tasks: TaskList, crontab: CronItem[], deps: ChargeCardDeps): void {
  tasks[SCHEDULES_DUE] = schedulesDueTask(deps.db);
  tasks[SCHEDULE_CHARGE] = scheduleChargeTask(() => deps);
  crontab.push(schedulesDueCron);
}
