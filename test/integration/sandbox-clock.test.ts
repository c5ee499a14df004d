// POST /sandbox/schedules on an install with a live provider beside the sandboxes (SANDBOXES=on
// with PPRO configured for real): the control is not there (404), so no due charge on a real
// card is ever run early; the other sandboxes still answer.
import { beforeAll, describe, expect, it } from "vitest";

beforeAll(() => {
  // Read on first use by env(): this file's modules see a live PPRO beside the sandboxes.
  Object.assign(process.env, {
    APP_URL: "https://pay.example.be",
    AUTH_SECRET: "x".repeat(40),
    TOKEN_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    SMTP_URL: "smtp://mail.example.be:587",
    MAIL_FROM: "Shop <no-reply@example.be>",
    PPRO_API_URL: "https://api.ppro.example",
    PPRO_API_KEY: "live_key_12345678",
    PPRO_WEBHOOK_SECRET: "whsec_1234567890abcdef",
    SANDBOXES: "on",
  });
});

const form = (asOf?: string) => {
  const body = new FormData();
  if (asOf) body.set("asOf", asOf);
  return new Request("https://pay.example.be/sandbox/schedules", { method: "POST", body });
};

describe("the sandbox clock beside a live provider", () => {
  it("is 404, whatever the date asked", async () => {
    const { env } = await import("@/lib/env");
    expect(env().providerModes.ppro).toBe("live");
    expect(env().sandboxesEnabled).toBe(true);
    const { POST } = await import("@/app/(sandbox)/sandbox/schedules/route");
    for (const request of [form("2030-01-31"), form()]) {
      const response = await POST(request);
      expect(response.status).toBe(404);
    }
  });
});
