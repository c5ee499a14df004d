// The job queue every instance shares: graphile-worker, on the app's own database. Its tables
// live in their own schema (graphile_worker), created by the library's migrations when the
// database is opened, so jobs can be added in SQL inside the transaction that records what they
// are about. On the embedded PGlite it reaches the same database through pglite-socket
// (lib/db/client.ts). Each job kind is a file of its own in this folder.
import { Logger, parseCronItems, run, runMigrations, type CronItem, type LogFunctionFactory, type Runner, type TaskList } from "graphile-worker";
import { logger } from "../log";

// Workers wake on LISTEN/NOTIFY when a job is added; the poll is the safety net (and what wakes
// a worker for a retry that falls due).
const POLL_INTERVAL_MS = 1000;

const logFactory: LogFunctionFactory = () => (level, message) => {
  if (level === "error") logger.error(`job queue: ${message}`);
  else if (level === "warning") logger.warn(`job queue: ${message}`);
};
const queueLogger = new Logger(logFactory);

/** Creates or updates the queue's own schema (graphile_worker): the library's migrations. */
export async function migrateQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: queueLogger });
}

/** Starts a worker on the queue; every instance starts one, each job is locked by one worker. */
export async function startWorker(opts: { connectionString: string; tasks: TaskList; concurrency?: number; crontab?: CronItem[] }): Promise<Runner> {
  return run({
    connectionString: opts.connectionString,
    taskList: opts.tasks,
    // Recurring work (schedules falling due, reminders): graphile-worker's cron enqueues each
    // run once, whatever the number of instances (its known_crontabs table), and catches up on
    // runs missed while no instance was up, within each item's backfill period.
    ...(opts.crontab?.length ? { parsedCronItems: parseCronItems(opts.crontab) } : {}),
    concurrency: opts.concurrency ?? 4,
    pollInterval: POLL_INTERVAL_MS,
    // The app stops the worker itself on SIGTERM (instrumentation.ts), after the server.
    noHandleSignals: true,
    // Every pglite-socket connection is the one PGlite session: a second worker's named prepared
    // statement collides with the first's, and that worker then never takes a job. Unnamed
    // statements cost PostgreSQL little.
    noPreparedStatements: true,
    logger: queueLogger,
  });
}
