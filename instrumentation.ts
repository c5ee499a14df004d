// Server start: check the configuration, open the database (migrations, demo data) before the
// first request, and tell a new user where things are. A configuration that cannot run ends the
// process with the reason (lib/startup.ts), rather than serving a half-configured checkout.
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration: it says whether this is the Node.js server.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOrExit } = await import("./lib/startup");
  await startOrExit();
}
