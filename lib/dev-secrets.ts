// Development secrets: generated on first start and kept under the data directory (git-ignored),
// so a fresh clone runs with no configuration and keeps the same keys across restarts.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const DevSecretsSchema = z.object({
  sandbox: z.object({
    wooshpaySecretKey: z.string(),
    wooshpayWebhookSecret: z.string(),
    bancontactApiKey: z.string(),
    bancontactProfileId: z.string(),
    pproApiKey: z.string(),
    pproWebhookSecret: z.string(),
    pproLegacyLogin: z.string(),
    pproLegacyPassword: z.string(),
    pproLegacyContractId: z.string(),
    pproLegacyChannel: z.string(),
    worldpayUsername: z.string(),
    worldpayPassword: z.string(),
    worldpayEntity: z.string(),
  }),
  /** The merchant's ES256 key for signing Bancontact API requests, and its registered key id. */
  bancontact: z.object({ signingKeyPem: z.string(), signingKeyId: z.string() }),
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
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    sandbox: {
      wooshpaySecretKey: `sk_test_${token(24)}`,
      wooshpayWebhookSecret: `whsec_${token(24)}`,
      bancontactApiKey: token(24),
      bancontactProfileId: randomBytes(12).toString("hex"),
      pproApiKey: `ppro_test_${token(24)}`,
      pproWebhookSecret: token(32),
      pproLegacyLogin: "maisonpraline",
      pproLegacyPassword: token(16),
      pproLegacyContractId: "MAISONPRALINETESTCONTRACT",
      pproLegacyChannel: "bcmcchannel",
      worldpayUsername: `wp_${token(8)}`,
      worldpayPassword: token(16),
      worldpayEntity: "default",
    },
    bancontact: {
      signingKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      signingKeyId: `merchant-${token(6)}`,
    },
    demo: { apiKey: `bc_test_${token(24)}`, staffPassword: token(9) },
    authSecret: token(32),
    tokenKey: randomBytes(32).toString("base64"),
  };
}

type Json = Record<string, unknown>;

/** Keeps every secret already in the file and adds those a newer version needs. */
function fillMissing(existing: Json, fresh: Json): Json {
  const out: Json = { ...fresh };
  for (const [k, v] of Object.entries(existing)) {
    const f = fresh[k];
    out[k] = v && typeof v === "object" && f && typeof f === "object" ? fillMissing(v as Json, f as Json) : v;
  }
  return out;
}

export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.resolve(dataDir, "secrets.json");
  let raw: string | undefined;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (raw !== undefined) {
    let existing: Json;
    try {
      existing = JSON.parse(raw) as Json;
    } catch {
      throw new Error(`${file} is unreadable: delete it to regenerate`);
    }
    const current = DevSecretsSchema.safeParse(existing);
    if (current.success) return current.data;
    const filled = DevSecretsSchema.parse(fillMissing(existing, generate() as unknown as Json));
    writeFileSync(file, JSON.stringify(filled, null, 2), { mode: 0o600 });
    return filled;
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
