// The only module that reads process.env: configuration parsed and checked once, with the
// embedded defaults a fresh clone runs on (PGlite under .data/, every sandbox on, development
// secrets generated once and kept under .data/). Which providers are live or simulated, and
// what a live install must set, is decided by lib/config/deployment.ts.
import { createPublicKey } from "node:crypto";
import { z } from "zod";
import { bancontactJwksFor, decideDeployment, type DeploymentMode, type ProviderMode } from "./config/deployment";
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
  // Unset: on in demo mode, off as soon as a provider is live (lib/config/deployment.ts).
  SANDBOXES: flag.optional(),
  DEMO_DATA: flag.optional(),
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
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

export type AppEnv = {
  nodeEnv: "development" | "production" | "test";
  port: number;
  appUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** demo: every provider simulated; live: at least one provider configured for real. */
  mode: DeploymentMode;
  /** Each provider: live (its own variables), sandbox (the built-in sandbox) or off. */
  providerModes: Record<ProviderId, ProviderMode>;
  /** What the start banner must say about this configuration. */
  warnings: string[];
  sandboxesEnabled: boolean;
  /** The development mailbox (/sandbox/mailbox) shows outgoing mail: only with the sandboxes on and no SMTP server. */
  devMailbox: boolean;
  /** Create the demo merchant, shop and staff account on an empty database. */
  demoData: boolean;
  /** Providers offered: live ones, and the sandboxed ones when the sandboxes are on. */
  configuredProviders: ProviderId[];
  logLevel: "debug" | "info" | "warn" | "error";
  /** Reverse proxies in front of the app that set X-Forwarded-For / -Proto (0: reached directly). */
  trustProxy: number;
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
  const vars = emptyToUndefined(source);
  const parsed = EnvSchema.safeParse(vars);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${fields}`);
  }
  const e = parsed.data;
  const deployment = decideDeployment(vars, { sandboxes: e.SANDBOXES, demoData: e.DEMO_DATA });
  const live = (id: ProviderId) => deployment.providers[id] === "live";
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const secrets = loadDevSecrets(e.DATA_DIR);
  const s = secrets.sandbox;
  // A live provider takes every value from its own variables (decideDeployment has checked they
  // are all set); the rest talk to the built-in sandboxes with the sandboxes' credentials.
  // decideDeployment has checked every variable in its table; a variable read here but missing
  // from that table is still named rather than silently undefined.
  const need = (name: keyof typeof e, fallback?: string): string => {
    const value = e[name] ?? fallback;
    if (typeof value !== "string") throw new Error(`Invalid configuration: ${name} is required by a live provider (add it to PROVIDER_VARIABLES too)`);
    return value;
  };
  const trim = (url: string) => url.replace(/\/$/, "");
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    appUrl,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mode: deployment.mode,
    providerModes: deployment.providers,
    warnings: deployment.warnings,
    sandboxesEnabled: deployment.sandboxes,
    devMailbox: deployment.sandboxes && !e.SMTP_URL,
    demoData: deployment.demoData,
    configuredProviders: (Object.keys(deployment.providers) as ProviderId[]).filter((id) => deployment.providers[id] !== "off"),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    authSecret: e.AUTH_SECRET ?? secrets.authSecret,
    wooshpay: live("wooshpay")
      ? { apiUrl: trim(need("WOOSHPAY_API_URL")), secretKey: need("WOOSHPAY_SECRET_KEY"), webhookSecret: need("WOOSHPAY_WEBHOOK_SECRET") }
      : { apiUrl: `${appUrl}/sandbox/wooshpay`, secretKey: s.wooshpaySecretKey, webhookSecret: s.wooshpayWebhookSecret },
    bancontact: live("bancontact")
      ? {
          apiUrl: trim(need("BANCONTACT_API_URL")),
          apiKey: need("BANCONTACT_API_KEY"),
          merchantProfileId: need("BANCONTACT_MERCHANT_PROFILE_ID"),
          jwksUrl: need("BANCONTACT_JWKS_URL", bancontactJwksFor(need("BANCONTACT_API_URL"))),
          signingKeyPem: need("BANCONTACT_SIGNING_KEY").replace(/\\n/g, "\n"),
          signingKeyId: need("BANCONTACT_SIGNING_KEY_ID"),
        }
      : {
          apiUrl: `${appUrl}/sandbox/bancontact`,
          apiKey: s.bancontactApiKey,
          merchantProfileId: s.bancontactProfileId,
          jwksUrl: `${appUrl}/sandbox/bancontact/jwks`,
          signingKeyPem: secrets.bancontact.signingKeyPem,
          signingKeyId: secrets.bancontact.signingKeyId,
        },
    ppro: live("ppro")
      ? { apiUrl: trim(need("PPRO_API_URL")), apiKey: need("PPRO_API_KEY"), webhookSecret: need("PPRO_WEBHOOK_SECRET") }
      : { apiUrl: `${appUrl}/sandbox/ppro`, apiKey: s.pproApiKey, webhookSecret: s.pproWebhookSecret },
    pproLegacy: live("ppro-legacy")
      ? {
          apiUrl: need("PPRO_LEGACY_API_URL"),
          login: need("PPRO_LEGACY_LOGIN"),
          password: need("PPRO_LEGACY_PASSWORD"),
          contractId: need("PPRO_LEGACY_CONTRACT_ID"),
          channel: need("PPRO_LEGACY_CHANNEL"),
        }
      : {
          apiUrl: `${appUrl}/sandbox/ppro-legacy/transaction`,
          login: s.pproLegacyLogin,
          password: s.pproLegacyPassword,
          contractId: s.pproLegacyContractId,
          channel: s.pproLegacyChannel,
        },
    worldpay: live("worldpay")
      ? { apiUrl: trim(need("WORLDPAY_API_URL")), username: need("WORLDPAY_USERNAME"), password: need("WORLDPAY_PASSWORD"), entity: e.WORLDPAY_ENTITY ?? "default" }
      : { apiUrl: `${appUrl}/sandbox/worldpay`, username: s.worldpayUsername, password: s.worldpayPassword, entity: s.worldpayEntity },
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
