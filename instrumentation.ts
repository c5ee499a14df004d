// Server start: open the database (migrations, demo data) before the first request, and tell a
// new user where things are.
export async function register() {
  // NEXT_RUNTIME is set by Next itself, not configuration: it says whether this is the Node.js server.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { announceStart } = await import("./lib/startup");
  await announceStart();
}
