// What the server prints when it starts: where the shop, the sandboxes and the demo accounts are.
import { db } from "./db/client";
import { DEMO_STAFF_EMAIL } from "./db/seed";
import { env } from "./env";
import { logger } from "./log";

export async function announceStart(): Promise<void> {
  const e = env();
  try {
    await db();
  } catch (error) {
    logger.error("database could not be opened", { error: (error as Error).message });
    throw error;
  }
  const lines = [
    "",
    "  Bancontact checkout is running",
    `  Demo shop:        ${e.appUrl}/`,
    `  Provider sandboxes: ${e.sandboxesEnabled ? `${e.appUrl}/sandbox` : "off"}`,
    `  Database:         ${e.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${e.dataDir}/pglite`}`,
    `  Demo staff login: ${DEMO_STAFF_EMAIL} / ${e.demo.staffPassword}`,
    `  Demo API key:     in ${e.dataDir}/secrets.json (demo.apiKey)`,
    "",
  ];
  console.log(lines.join("\n"));
}
