import { describe, expect, it } from "vitest";
import { ConfigurationError, bancontactJwksFor, decideDeployment } from "./deployment";

const LIVE_BASICS = {
  APP_URL: "https://pay.example.be",
  AUTH_SECRET: "x".repeat(40),
  TOKEN_ENCRYPTION_KEY: "a".repeat(43) + "=",
  SMTP_URL: "smtp://mail.example.be:587",
  MAIL_FROM: "Shop <no-reply@example.be>",
};
const WOOSHPAY = { WOOSHPAY_API_URL: "https://api.wooshpay.example", WOOSHPAY_SECRET_KEY: "sk_live_12345678", WOOSHPAY_WEBHOOK_SECRET: "whsec_12345678" };

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe("decideDeployment", () => {
  it("is a demo with every provider simulated when nothing is configured", () => {
    const d = decideDeployment({}, {});
    expect(d.mode).toBe("demo");
    expect(d.sandboxes).toBe(true);
    expect(d.demoData).toBe(true);
    expect(Object.values(d.providers)).toEqual(["sandbox", "sandbox", "sandbox", "sandbox", "sandbox"]);
    expect(d.warnings).toEqual([]);
  });

  it("turns every sandbox off in a demo with SANDBOXES=off", () => {
    const d = decideDeployment({}, { sandboxes: false });
    expect(Object.values(d.providers).every((m) => m === "off")).toBe(true);
  });

  it("is live as soon as one provider is configured: no sandbox, no demo data, no warning", () => {
    const d = decideDeployment({ ...LIVE_BASICS, ...WOOSHPAY }, {});
    expect(d.mode).toBe("live");
    expect(d.providers).toEqual({ bancontact: "off", wooshpay: "live", ppro: "off", "ppro-legacy": "off", worldpay: "off" });
    expect(d.sandboxes).toBe(false);
    expect(d.demoData).toBe(false);
    expect(d.warnings).toEqual([]);
  });

  it("brings sandboxes back beside live providers only when asked, with a warning", () => {
    const d = decideDeployment({ ...LIVE_BASICS, ...WOOSHPAY }, { sandboxes: true, demoData: true });
    expect(d.providers.wooshpay).toBe("live");
    expect(d.providers.bancontact).toBe("sandbox");
    expect(d.warnings.join("\n")).toMatch(/SANDBOXES=on beside live providers/);
    expect(d.warnings.join("\n")).toMatch(/DEMO_DATA=on beside live providers/);
  });

  it("names every missing variable of a half-configured provider", () => {
    const problems = problemsOf(() => decideDeployment({ ...LIVE_BASICS, BANCONTACT_API_URL: "https://merchant.api.bancontact.net" }, {}));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bancontact is configured for real \(BANCONTACT_API_URL set\)/);
    for (const name of ["BANCONTACT_API_KEY", "BANCONTACT_MERCHANT_PROFILE_ID", "BANCONTACT_SIGNING_KEY", "BANCONTACT_SIGNING_KEY_ID"]) {
      expect(problems[0]).toContain(name);
    }
    expect(problems[0]).not.toContain("BANCONTACT_JWKS_URL");
  });

  it("counts a credential without its URL as configured for real", () => {
    const problems = problemsOf(() => decideDeployment({ ...LIVE_BASICS, WOOSHPAY_SECRET_KEY: "sk_live_12345678" }, {}));
    expect(problems[0]).toMatch(/wooshpay .*WOOSHPAY_API_URL, WOOSHPAY_WEBHOOK_SECRET are missing/);
  });

  it("requires the JWKS URL when the Bancontact API URL is not one of Bancontact's own", () => {
    const vars = {
      ...LIVE_BASICS,
      BANCONTACT_API_URL: "http://localhost:4000/stand-in",
      BANCONTACT_API_KEY: "key-12345678",
      BANCONTACT_MERCHANT_PROFILE_ID: "profile",
      BANCONTACT_SIGNING_KEY: "-----BEGIN PRIVATE KEY-----",
      BANCONTACT_SIGNING_KEY_ID: "kid",
    };
    expect(problemsOf(() => decideDeployment(vars, {}))[0]).toMatch(/BANCONTACT_JWKS_URL/);
    expect(problemsOf(() => decideDeployment({ ...vars, BANCONTACT_JWKS_URL: "http://localhost:4000/jwks" }, {}))).toEqual([]);
  });

  it("asks a live install for its public URL, secrets and mail server, all named", () => {
    const problems = problemsOf(() => decideDeployment({ ...WOOSHPAY }, {}));
    expect(problems).toEqual(["a live install (a real provider is configured) needs APP_URL, AUTH_SECRET, TOKEN_ENCRYPTION_KEY, SMTP_URL, MAIL_FROM"]);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf(() => decideDeployment({ WOOSHPAY_API_URL: "https://w.example", PPRO_API_KEY: "k" }, {}));
    expect(problems).toHaveLength(3);
  });

  it("treats empty values as unset", () => {
    expect(decideDeployment({ WOOSHPAY_API_URL: "", PPRO_API_KEY: "" }, {}).mode).toBe("demo");
  });

  it("refuses a live APP_URL that is not https, but for this machine's own address (with a warning)", () => {
    expect(problemsOf(() => decideDeployment({ ...LIVE_BASICS, ...WOOSHPAY, APP_URL: "http://pay.example.be" }, {}))).toEqual([
      "APP_URL must be https on a live install (http://pay.example.be): shoppers, providers and session cookies need it",
    ]);
    const d = decideDeployment({ ...LIVE_BASICS, ...WOOSHPAY, APP_URL: "http://localhost:3000" }, {});
    expect(d.warnings.join()).toMatch(/not https/);
  });
});

describe("bancontactJwksFor", () => {
  it("follows seed 004: production and preprod", () => {
    expect(bancontactJwksFor("https://merchant.api.bancontact.net/")).toBe("https://jwks.bancontact.net/");
    expect(bancontactJwksFor("https://merchant.api.preprod.bancontact.net")).toBe("https://jwks.preprod.bancontact.net/");
    expect(bancontactJwksFor("https://example.com")).toBeUndefined();
    expect(bancontactJwksFor("not a url")).toBeUndefined();
  });
});
