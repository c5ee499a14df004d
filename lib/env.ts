// The only module that reads process.env: configuration parsed and checked once, with the
// embedded defaults a fresh clone runs on (PGlite under .data/, every sandbox on, development
// secrets generated once and kept under .data/).
import { createPublicKey } from "node:crypto";
import { z } from "zod";
import { loadDevSecrets, type DevSecrets } from "./dev-secrets";
import type { ProviderId } from "./payments/providers";

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"])
  .transform((v) => ["1", "true", "on", "yes"].includes(v));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().default("Bancontact Checkout <no-reply@checkout.localhost>"),
  SANDBOXES: flag.default(true),
  DEMO_DATA: flag.default(true),
  TOKEN_ENCRYPTION_KEY: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, "must be 32 bytes in base64").optional(),
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=(\s*,\s*[A-Za-z0-9+/]{43}=)*$/, "must be comma-separated keys of 32 bytes in base64")
    .optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  WOOSHPAY_API_URL: z.url().optional(),
  WOOSHPAY_SECRET_KEY: z.string().min(8).optional(),
  WOOSHPAY_WEBHOOK_SECRET: z.string().min(8).optional(),
  BANCONTACT_API_URL: z.url().optional(),
  BANCONTACT_API_KEY: z.string().min(8).optional(),
  BANCONTACT_MERCHANT_PROFILE_ID: z.string().min(1).optional(),
  BANCONTACT_JWKS_URL: z.url().optional(),
  BANCONTACT_SIGNING_KEY: z.string().includes("PRIVATE KEY", { error: "must be a PEM private key" }).optional(),
  BANCONTACT_SIGNING_KEY_ID: z.string().min(1).optional(),
  PPRO_API_URL: z.url().optional(),
  PPRO_API_KEY: z.string().min(8).optional(),
  PPRO_WEBHOOK_SECRET: z.string().min(16).optional(),
  PPRO_LEGACY_API_URL: z.url().optional(),
  PPRO_LEGACY_LOGIN: z.string().min(1).optional(),
  PPRO_LEGACY_PASSWORD: z.string().min(1).optional(),
  PPRO_LEGACY_CONTRACT_ID: z.string().min(1).optional(),
  PPRO_LEGACY_CHANNEL: z.string().min(1).optional(),
  WORLDPAY_API_URL: z.url().optional(),
  WORLDPAY_USERNAME: z.string().min(1).optional(),
  WORLDPAY_PASSWORD: z.string().min(1).optional(),
  WORLDPAY_ENTITY: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type AppEnv = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  appUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  sandboxesEnabled: boolean;
  /** The development mailbox (/sandbox/mailbox) shows outgoing mail: only with the sandboxes on and no SMTP server. */
  devMailbox: boolean;
  /** Create the demo merchant, shop and staff account on an empty database. */
  demoData: boolean;
  /** Providers with a real API URL configured, or served by the sandboxes. */
  configuredProviders: ProviderId[];
  logLevel: "debug" | "info" | "warn" | "error";
  /** Signs session cookies (next-auth). */
  authSecret: string;
  wooshpay: { apiUrl: string; secretKey: string; webhookSecret: string };
  bancontact: {
    apiUrl: string;
    apiKey: string;
    merchantProfileId: string;
    jwksUrl: string;
    /** The merchant's ES256 private key (PKCS#8 PEM) for JWS-Request-Signature-Payment. */
    signingKeyPem: string;
    signingKeyId: string;
  };
  ppro: { apiUrl: string; apiKey: string; webhookSecret: string };
  pproLegacy: { apiUrl: string; login: string; password: string; contractId: string; channel: string };
  worldpay: { apiUrl: string; username: string; password: string; entity: string };
  /** AES-256-GCM key (32 bytes) for card tokens at rest. */
  tokenKey: Buffer;
  /** Keys that sealed older values: they only open, until `npm run reseal` moves everything to tokenKey. */
  previousTokenKeys: Buffer[];
  /** What the built-in provider sandboxes use as their own account credentials. */
  sandbox: DevSecrets["sandbox"] & { bancontactMerchantPublicKeyPem: string; bancontactMerchantKeyId: string };
  demo: DevSecrets["demo"];
};

function emptyToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(source)) out[k] = v === "" ? undefined : v;
  return out;
}

export function parseEnv(source: NodeJS.ProcessEnv): AppEnv {
  const parsed = EnvSchema.safeParse(emptyToUndefined(source));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${fields}`);
  }
  const e = parsed.data;
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const secrets = loadDevSecrets(e.DATA_DIR);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    appUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sandboxesEnabled: e.SANDBOXES,
    devMailbox: e.SANDBOXES && !e.SMTP_URL,
    demoData: e.DEMO_DATA,
    // With the sandboxes off, a provider whose URL is not set is not offered at all, rather
    // than quietly pointing at a sandbox that answers 404.
    configuredProviders: (
      [
        ["wooshpay", e.WOOSHPAY_API_URL],
        ["bancontact", e.BANCONTACT_API_URL],
        ["ppro", e.PPRO_API_URL],
        ["ppro-legacy", e.PPRO_LEGACY_API_URL],
        ["worldpay", e.WORLDPAY_API_URL],
      ] as const
    ).flatMap(([id, url]) => (url || e.SANDBOXES ? [id] : [])),
    logLevel: e.LOG_LEVEL,
    authSecret: e.AUTH_SECRET ?? secrets.authSecret,
    wooshpay: {
      apiUrl: (e.WOOSHPAY_API_URL ?? `${appUrl}/sandbox/wooshpay`).replace(/\/$/, ""),
      secretKey: e.WOOSHPAY_SECRET_KEY ?? secrets.sandbox.wooshpaySecretKey,
      webhookSecret: e.WOOSHPAY_WEBHOOK_SECRET ?? secrets.sandbox.wooshpayWebhookSecret,
    },
    bancontact: {
      apiUrl: (e.BANCONTACT_API_URL ?? `${appUrl}/sandbox/bancontact`).replace(/\/$/, ""),
      apiKey: e.BANCONTACT_API_KEY ?? secrets.sandbox.bancontactApiKey,
      merchantProfileId: e.BANCONTACT_MERCHANT_PROFILE_ID ?? secrets.sandbox.bancontactProfileId,
      jwksUrl: e.BANCONTACT_JWKS_URL ?? `${appUrl}/sandbox/bancontact/jwks`,
      signingKeyPem: e.BANCONTACT_SIGNING_KEY?.replace(/\\n/g, "\n") ?? secrets.bancontact.signingKeyPem,
      signingKeyId: e.BANCONTACT_SIGNING_KEY_ID ?? secrets.bancontact.signingKeyId,
    },
    ppro: {
      apiUrl: (e.PPRO_API_URL ?? `${appUrl}/sandbox/ppro`).replace(/\/$/, ""),
      apiKey: e.PPRO_API_KEY ?? secrets.sandbox.pproApiKey,
      webhookSecret: e.PPRO_WEBHOOK_SECRET ?? secrets.sandbox.pproWebhookSecret,
    },
    pproLegacy: {
      apiUrl: e.PPRO_LEGACY_API_URL ?? `${appUrl}/sandbox/ppro-legacy/transaction`,
      login: e.PPRO_LEGACY_LOGIN ?? secrets.sandbox.pproLegacyLogin,
      password: e.PPRO_LEGACY_PASSWORD ?? secrets.sandbox.pproLegacyPassword,
      contractId: e.PPRO_LEGACY_CONTRACT_ID ?? secrets.sandbox.pproLegacyContractId,
      channel: e.PPRO_LEGACY_CHANNEL ?? secrets.sandbox.pproLegacyChannel,
    },
    worldpay: {
      apiUrl: (e.WORLDPAY_API_URL ?? `${appUrl}/sandbox/worldpay`).replace(/\/$/, ""),
      username: e.WORLDPAY_USERNAME ?? secrets.sandbox.worldpayUsername,
      password: e.WORLDPAY_PASSWORD ?? secrets.sandbox.worldpayPassword,
      entity: e.WORLDPAY_ENTITY ?? secrets.sandbox.worldpayEntity,
    },
    tokenKey: Buffer.from(e.TOKEN_ENCRYPTION_KEY ?? secrets.tokenKey, "base64"),
    previousTokenKeys: (e.TOKEN_ENCRYPTION_PREVIOUS_KEYS?.split(",") ?? []).map((k) => Buffer.from(k.trim(), "base64")),
    // The sandbox knows the merchant's public key as registered at onboarding: the development one.
    sandbox: {
      ...secrets.sandbox,
      bancontactMerchantPublicKeyPem: createPublicKey(secrets.bancontact.signingKeyPem).export({ type: "spki", format: "pem" }).toString(),
      bancontactMerchantKeyId: secrets.bancontact.signingKeyId,
    },
    demo: secrets.demo,
  };
}

let cached: AppEnv | undefined;

/** The app's configuration, parsed on first use (never at build time). */
export function env(): AppEnv {
  if (!cached) {
    cached = parseEnv(process.env);
    // next-auth v4 reads its own URL from the environment, not from its options.
    process.env.NEXTAUTH_URL ??= cached.appUrl;
  }
  return cached;
}
