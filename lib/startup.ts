// What the server prints when it starts: the mode, each provider as live or simulated, the
// database, the mail transport, and (in demo mode only) the demo accounts. A configuration that
// cannot run stops the start here, naming each missing variable.
import { resealAll } from "./crypto/reseal-all";
import { tokenKeyRing } from "./crypto/token-keys";
import { db, type Db } from "./db/client";
import { DEMO_STAFF_EMAIL } from "./db/seed";
import { env, type AppEnv } from "./env";
import { startJobs, stopJobs } from "./jobs/start";
import { logger } from "./log";
import { PROVIDER_IDS, PROVIDER_NAMES } from "./payments/providers";

/** A URL without its credentials, path or query: what a banner may show of a secret-bearing URL. */
function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.protocol.startsWith("postgres") ? u.pathname : ""}`;
  } catch {
    return "(unreadable URL)";
  }
}

export function startBanner(e: AppEnv): string {
  const providerLine = (id: (typeof PROVIDER_IDS)[number]) => {
    const mode = e.providerModes[id];
    const where =
      mode === "live"
        ? `LIVE     ${hostOf({ wooshpay: e.wooshpay.apiUrl, bancontact: e.bancontact.apiUrl, ppro: e.ppro.apiUrl, "ppro-legacy": e.pproLegacy.apiUrl, worldpay: e.worldpay.apiUrl }[id])}`
        : mode === "sandbox"
          ? `sandbox  ${e.appUrl}/sandbox (no money moves)`
          : "off      (not configured)";
    return `    ${PROVIDER_NAMES[id].padEnd(22)} ${where}`;
  };
  const lines = [
    "",
    `  Bancontact checkout is running at ${e.appUrl}`,
    `  Mode:      ${e.mode === "demo" ? "DEMO: every provider is simulated, no money moves" : "LIVE: real providers are configured"}`,
    "  Providers:",
    ...PROVIDER_IDS.map(providerLine),
    `  Database:  ${e.databaseUrl ? `PostgreSQL ${hostOf(e.databaseUrl)}` : `PGlite (embedded) in ${e.dataDir}/pglite`}`,
    `  Mail:      ${e.smtpUrl ? `SMTP ${hostOf(e.smtpUrl)}, from ${e.mailFrom}` : e.devMailbox ? `development mailbox at ${e.appUrl}/sandbox/mailbox (nothing is sent)` : "no mail server: mail stays in the outbox"}`,
    `  Jobs:      ${e.databaseUrl ? "graphile-worker on the PostgreSQL database, shared by every instance" : "graphile-worker on the embedded PGlite (through a private socket)"}`,
    `  Sandboxes: ${e.sandboxesEnabled ? `${e.appUrl}/sandbox` : "off"}`,
  ];
  if (e.demoData) lines.push(`  Demo shop: ${e.appUrl}/`);
  if (e.mode === "demo" && e.demoData) {
    lines.push(`  Demo staff login: ${DEMO_STAFF_EMAIL} / ${e.demo.staffPassword}`, `  Demo API key:     in ${e.dataDir}/secrets.json (demo.apiKey)`);
  }
  for (const w of e.warnings) lines.push(`  WARNING: ${w}`);
  lines.push("");
  return lines.join("\n");
}

/**
 * Rows stored before secrets were protected at rest (webhook bodies kept raw, mail bodies in
 * clear) are protected at the first start after the upgrade, rather than waiting for someone to
 * run `npm run reseal`. Two cheap counts on every later start.
 */
export async function protectOlderRows(prisma: Db): Promise<void> {
  const [webhooks, mails] = await Promise.all([
    prisma.webhookEvent.count({ where: { bodySha256: null } }),
    prisma.mailMessage.count({ where: { NOT: { text: { startsWith: "v2." } } } }),
  ]);
  if (webhooks + mails === 0) return;
  const report = await resealAll(prisma, tokenKeyRing());
  logger.warn("older rows protected at rest", { webhookBodies: report["WebhookEvent.body"].resealed, mailBodies: report["MailMessage.text"].resealed });
}

export async function announceStart(): Promise<void> {
  const e = env();
  try {
    await protectOlderRows(await db());
  } catch (error) {
    logger.error("database could not be opened", { error: (error as Error).message });
    throw error;
  }
  await startJobs();
  console.log(startBanner(e));
  for (const w of e.warnings) logger.warn(w);
}

/** What the server runs at start: the banner, or the reason it cannot start and exit code 1. */
export async function startOrExit(): Promise<void> {
  try {
    await announceStart();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n\nSee "Going live" in README.md.\n`);
    process.exit(1);
  }
  // A stopping instance lets its running jobs finish and leaves the rest to the others. Next's own
  // handler closes the server alongside and exits 143, as this one does (a signal's exit code).
  process.once("SIGTERM", () => void stopJobs().finally(() => process.exit(143)));
}
