// `npm run reseal`: after TOKEN_ENCRYPTION_KEY changed (docs/secrets.md), seals every secret at
// rest again with the current key, so the previous keys can be removed. Uses the app's database
// settings (DATABASE_URL, or the embedded database under DATA_DIR, which must not be open in the
// running app). Prints counts per table; exits 1 if any value could not be opened.
import path from "node:path";
import { resealAll } from "../lib/crypto/reseal-all";
import { keyId } from "../lib/crypto/secret-box";
import { tokenKeyRing } from "../lib/crypto/token-keys";
import { openDatabase } from "../lib/db/client";
import { env } from "../lib/env";

async function main(): Promise<number> {
  const e = env();
  const ring = tokenKeyRing();
  const where = e.databaseUrl ? "the PostgreSQL database at DATABASE_URL" : `the embedded database in ${path.resolve(e.dataDir, "pglite")}`;
  console.log(`Re-sealing ${where} with key ${keyId(ring.current)}; previous keys: ${ring.previous.map(keyId).join(", ") || "none"}`);
  const { prisma, close } = await openDatabase({ databaseUrl: e.databaseUrl, pgliteDir: path.resolve(e.dataDir, "pglite"), seed: false });
  try {
    const report = await resealAll(prisma, ring);
    let failed = 0;
    for (const [column, c] of Object.entries(report)) {
      console.log(`${column}: ${c.scanned} scanned, ${c.resealed} re-sealed${c.failed.length ? `, ${c.failed.length} not opened (${c.failed.slice(0, 10).join(", ")})` : ""}`);
      failed += c.failed.length;
    }
    if (failed > 0) console.error(`${failed} values are sealed with a key that is not configured: add it to TOKEN_ENCRYPTION_PREVIOUS_KEYS and run again.`);
    return failed > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`reseal: ${(error as Error).message}`);
    process.exit(1);
  },
);
