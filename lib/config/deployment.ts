// The deployment rule, one that a merchant cannot get wrong:
// - a provider is live as soon as any of its variables is set, and then every variable it needs
//   must be set too: the app refuses to start and names each missing one; no sandbox secret is
//   ever used for a live provider;
// - with no live provider the app is in demo mode: every provider is simulated by its sandbox,
//   the development mailbox shows outgoing mail, and the demo shop and its data are on;
// - with one or more live providers the app is live: the sandboxes, the mailbox and the demo
//   shop are off, and the settings a real install needs (public URL, session secret, token key,
//   mail server and sender) are required. Only an explicit SANDBOXES=on or DEMO_DATA=on brings
//   a sandbox or the demo shop back beside live providers, with a warning at every start.
// Pure: it reads the parsed variables handed to it, never process.env (lib/env.ts does that).
import type { ProviderId } from "../payments/providers";

export type ProviderMode = "live" | "sandbox" | "off";
export type DeploymentMode = "demo" | "live";

type Vars = Record<string, string | undefined>;

/** Each provider's variables: those it cannot work without, and those with a real default. */
export const PROVIDER_VARIABLES: Record<ProviderId, { required: string[]; optional: string[] }> = {
  bancontact: {
    required: ["BANCONTACT_API_URL", "BANCONTACT_API_KEY", "BANCONTACT_MERCHANT_PROFILE_ID", "BANCONTACT_SIGNING_KEY", "BANCONTACT_SIGNING_KEY_ID"],
    // The JWKS URL follows from the API URL for Bancontact's own hosts (seed 004); otherwise required.
    optional: ["BANCONTACT_JWKS_URL"],
  },
  wooshpay: { required: ["WOOSHPAY_API_URL", "WOOSHPAY_SECRET_KEY", "WOOSHPAY_WEBHOOK_SECRET"], optional: [] },
  ppro: { required: ["PPRO_API_URL", "PPRO_API_KEY", "PPRO_WEBHOOK_SECRET"], optional: [] },
  "ppro-legacy": {
    required: ["PPRO_LEGACY_API_URL", "PPRO_LEGACY_LOGIN", "PPRO_LEGACY_PASSWORD", "PPRO_LEGACY_CONTRACT_ID", "PPRO_LEGACY_CHANNEL"],
    optional: [],
  },
  worldpay: { required: ["WORLDPAY_API_URL", "WORLDPAY_USERNAME", "WORLDPAY_PASSWORD"], optional: ["WORLDPAY_ENTITY"] },
};

/** What a live install must set besides its providers' variables. */
export const LIVE_REQUIRED = ["APP_URL", "AUTH_SECRET", "TOKEN_ENCRYPTION_KEY", "SMTP_URL", "MAIL_FROM"] as const;

/** Bancontact publishes its callback signing keys per environment (seed 004, "Webhook"). */
const BANCONTACT_JWKS: Record<string, string> = {
  "merchant.api.bancontact.net": "https://jwks.bancontact.net/",
  "merchant.api.preprod.bancontact.net": "https://jwks.preprod.bancontact.net/",
};

export function bancontactJwksFor(apiUrl: string): string | undefined {
  try {
    return BANCONTACT_JWKS[new URL(apiUrl).hostname];
  } catch {
    return undefined;
  }
}

export type Deployment = {
  mode: DeploymentMode;
  providers: Record<ProviderId, ProviderMode>;
  sandboxes: boolean;
  demoData: boolean;
  /** Printed at every start and logged. */
  warnings: string[];
};

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The app cannot start with this configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigurationError";
  }
}

const list = (names: string[]) => names.join(", ");

function isLocal(url: string): boolean {
  try {
    return ["localhost", "127.0.0.1", "[::1]"].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Decides the deployment from the variables as set (empty counts as unset). `sandboxes` and
 * `demoData` are the explicit SANDBOXES / DEMO_DATA choices, undefined when not set.
 */
export function decideDeployment(vars: Vars, choices: { sandboxes?: boolean; demoData?: boolean }): Deployment {
  const problems: string[] = [];
  const warnings: string[] = [];
  const isSet = (name: string) => vars[name] !== undefined && vars[name] !== "";
  const live = (Object.keys(PROVIDER_VARIABLES) as ProviderId[]).filter((id) => {
    const v = PROVIDER_VARIABLES[id];
    return [...v.required, ...v.optional].some(isSet);
  });
  for (const id of live) {
    const v = PROVIDER_VARIABLES[id];
    const missing = v.required.filter((name) => !isSet(name));
    if (id === "bancontact" && !isSet("BANCONTACT_JWKS_URL") && isSet("BANCONTACT_API_URL") && !bancontactJwksFor(vars.BANCONTACT_API_URL ?? "")) {
      missing.push("BANCONTACT_JWKS_URL (the API URL is not one of Bancontact's own, so its JWKS cannot be implied)");
    }
    if (missing.length) {
      const because = [...v.required, ...v.optional].filter(isSet);
      problems.push(`${id} is configured for real (${list(because)} set) but ${list(missing)} ${missing.length === 1 ? "is" : "are"} missing`);
    }
  }
  const mode: DeploymentMode = live.length ? "live" : "demo";
  if (mode === "live") {
    const missing = LIVE_REQUIRED.filter((name) => !isSet(name));
    if (missing.length) problems.push(`a live install (a real provider is configured) needs ${list(missing)}`);
    if (vars.APP_URL && !vars.APP_URL.startsWith("https://") && !isLocal(vars.APP_URL)) {
      problems.push(`APP_URL must be https on a live install (${vars.APP_URL}): shoppers, providers and session cookies need it`);
    }
  }
  if (problems.length) throw new ConfigurationError(problems);

  const sandboxes = choices.sandboxes ?? mode === "demo";
  const demoData = choices.demoData ?? mode === "demo";
  if (mode === "live" && sandboxes) {
    warnings.push("SANDBOXES=on beside live providers: the simulated providers are offered at checkout and anyone can approve their payments with no money moved");
  }
  if (mode === "live" && demoData) warnings.push("DEMO_DATA=on beside live providers: the demo shop and its staff account are served");
  // Plain http is accepted on this machine's own addresses only, for trying a live configuration locally.
  if (mode === "live" && vars.APP_URL && !vars.APP_URL.startsWith("https://")) warnings.push(`APP_URL ${vars.APP_URL} is not https: providers and shoppers reach a live install over https`);

  const providers = Object.fromEntries(
    (Object.keys(PROVIDER_VARIABLES) as ProviderId[]).map((id) => [id, live.includes(id) ? "live" : sandboxes ? "sandbox" : "off"]),
  ) as Record<ProviderId, ProviderMode>;
  return { mode, providers, sandboxes, demoData, warnings };
}
