// Development secrets: generated on first start and kept under the data directory (git-ignored),
// so a fresh clone runs with no configuration and keeps the same keys across restarts.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const DevSecretsSchema = z.object({
  sandbox: z.object({
    wooshpaySecretKey: z.string(),
    wooshpayWebhookSecret: z.string(),
  }),
  demo: z.object({
    apiKey: z.string(),
    staffPassword: z.string(),
  }),
  authSecret: z.string(),
  tokenKey: z.string(),
});
export type DevSecrets = z.infer<typeof DevSecretsSchema>;

const token = (bytes: number) => randomBytes(bytes).toString("base64url");

function generate(): DevSecrets {
  return {
    sandbox: {
      wooshpaySecretKey: `sk_test_${token(24)}`,
      wooshpayWebhookSecret: `whsec_${token(24)}`,
    },
    demo: { apiKey: `bc_test_${token(24)}`, staffPassword: token(9) },
    authSecret: token(32),
    tokenKey: randomBytes(32).toString("base64"),
  };
}

export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.resolve(dataDir, "secrets.json");
  try {
    return DevSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`${file} is unreadable: delete it to regenerate`);
  }
  const secrets = generate();
  mkdirSync(path.dirname(file), { recursive: true });
  // "wx": when two processes start at once, the first file written wins and both read it.
  try {
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  } catch {
    return DevSecretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  }
  return secrets;
}
