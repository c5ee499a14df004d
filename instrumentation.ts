// Server start: check the configuration, open the database (migrations, demo data) before the
// first request, and tell a new user where things are. A configuration that cannot run ends the
// process with the reason, rather than serving a half-configured checkout.
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration: it says whether this is the Node.js server.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { announceStart } = await import("./lib/startup");
  try {
    await announceStart();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n\nSee "Going live" in README.md.\n`);
    process.exit(1);
  }
  // A stopping instance lets its running jobs finish and leaves the rest to the others. Next's own
  // handler closes the server alongside and exits 143, as this one does (a signal's exit code).
  const { stopJobs } = await import("./lib/jobs/start");
  process.once("SIGTERM", () => void stopJobs().finally(() => process.exit(143)));
}
