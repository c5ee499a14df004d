// The sandbox clock (POST /sandbox/schedules runs every due schedule charge early) is there only
// in demo mode: with the sandboxes off, or beside a live provider (SANDBOXES=on on a live
// install, whose cards are real), it is 404.
import { describe, expect, it } from "vitest";
import { decideDeployment, type Deployment } from "../config/deployment";
import { conditionsOf } from "./conditions";
import { decide } from "./policy";
import type { Principal } from "./principal";

const LIVE_BASICS = {
  APP_URL: "https://pay.example.be",
  AUTH_SECRET: "x".repeat(40),
  TOKEN_ENCRYPTION_KEY: "a".repeat(43) + "=",
  SMTP_URL: "smtp://mail.example.be:587",
  MAIL_FROM: "Shop <no-reply@example.be>",
};
const PPRO = { PPRO_API_URL: "https://api.ppro.example", PPRO_API_KEY: "live_key_12345678", PPRO_WEBHOOK_SECRET: "whsec_12345678" };

const sandboxClient: Principal = { kind: "sandbox-client" };
const anonymous: Principal = { kind: "anonymous" };

function clock(d: Deployment, who: Principal = sandboxClient, to: "move-sandbox-clock" | "switch-sandbox-faults" = "move-sandbox-clock") {
  const conditions = conditionsOf({
    sandboxesEnabled: d.sandboxes,
    devMailbox: d.sandboxes,
    demoData: d.demoData,
    providerModes: d.providers,
    configuredProviders: (Object.keys(d.providers) as (keyof Deployment["providers"])[]).filter((id) => d.providers[id] !== "off"),
  });
  const decision = decide(who, { to }, conditions);
  return decision.allowed ? "allowed" : decision.refusal;
}

describe("the sandbox clock", () => {
  it("runs in demo mode, where every provider is a sandbox", () => {
    expect(clock(decideDeployment({}, {}))).toBe("allowed");
  });

  it("is not there with the sandboxes off", () => {
    expect(clock(decideDeployment({}, { sandboxes: false }))).toBe("not-found");
  });

  it("is not there beside a live provider, even with SANDBOXES=on", () => {
    const mixed = decideDeployment({ ...LIVE_BASICS, ...PPRO }, { sandboxes: true });
    expect(mixed.sandboxes).toBe(true);
    expect(mixed.providers.ppro).toBe("live");
    expect(clock(mixed)).toBe("not-found");
    // Nor the fault switch: failing a sandbox on purpose would move real shoppers along a route.
    expect(clock(mixed, sandboxClient, "switch-sandbox-faults")).toBe("not-found");
    expect(clock(decideDeployment({}, {}), sandboxClient, "switch-sandbox-faults")).toBe("allowed");
    // The other sandboxes stay usable there: only the clock, which charges every card, is gone.
    const conditions = conditionsOf({ sandboxesEnabled: true, devMailbox: false, demoData: false, providerModes: mixed.providers, configuredProviders: ["ppro", "wooshpay"] });
    expect(decide(sandboxClient, { to: "use-sandbox" }, conditions).allowed).toBe(true);
    expect(conditions.liveProviders).toEqual(["ppro"]);
  });

  it("is refused to anyone but a sandbox client", () => {
    expect(clock(decideDeployment({}, {}), anonymous)).toBe("not-found");
  });
});
