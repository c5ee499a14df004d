// Cardholders' sign-in links, through next-auth's own handler: valid 15 minutes, working once,
// delivered through a real SMTP server, and never readable in the database.
import { createHash, randomBytes } from "node:crypto";
import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BACKENDS, useAsProcessDatabase } from "./databases";
import { mailText, smtpCapture } from "../smtp-capture";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db/client";
import { isSealed } from "@/lib/crypto/secret-box";
import { startJobs, stopJobs } from "@/lib/jobs/start";

const smtp = smtpCapture();
const received = smtp.received;

beforeAll(async () => {
  // Read by env() on first use, which comes after this (the databases open in the describe blocks).
  process.env.SMTP_URL = await smtp.start();
});
afterAll(() => smtp.stop());

type Answer = { status: number; location: string | undefined; cookies: string[]; body: unknown };

/** One call of next-auth's handler, the way the Next.js server hands it a request. */
async function nextAuth(method: "GET" | "POST", action: string[], input: { query?: Record<string, string>; body?: Record<string, string>; cookies?: Record<string, string> }): Promise<Answer> {
  const headers = new Map<string, string | string[]>();
  const answer: Answer = { status: 200, location: undefined, cookies: [], body: undefined };
  const res = {
    status: (s: number) => ((answer.status = s), res),
    setHeader: (k: string, v: string | string[]) => (headers.set(k.toLowerCase(), v), res),
    getHeader: (k: string) => headers.get(k.toLowerCase()),
    end: () => undefined,
    json: (b: unknown) => void (answer.body = b),
    send: (b: unknown) => void (answer.body = b),
  };
  const req = { method, query: { nextauth: action, ...input.query }, body: input.body, cookies: input.cookies ?? {}, headers: { host: "localhost:3999" } };
  await NextAuth(req as never, res as never, authOptions());
  const loc = headers.get("location");
  answer.location = typeof loc === "string" ? loc : undefined;
  const set = headers.get("set-cookie");
  answer.cookies = set === undefined ? [] : Array.isArray(set) ? set : [set];
  return answer;
}

/** Asks for a sign-in link as the sign-in page does (POST with the CSRF cookie and token). */
async function askForLink(email: string): Promise<Answer> {
  const secret = authOptions().secret ?? "";
  const csrf = randomBytes(32).toString("hex");
  const cookie = `${csrf}|${createHash("sha256").update(`${csrf}${secret}`).digest("hex")}`;
  return nextAuth("POST", ["signin", "email"], {
    body: { email, csrfToken: csrf, callbackUrl: "http://localhost:3999/account", json: "true" },
    cookies: { "next-auth.csrf-token": cookie },
  });
}

async function linkMailedTo(email: string): Promise<string> {
  for (let i = 0; i < 50 && !received.some((m) => m.to.includes(email)); i++) await new Promise((r) => setTimeout(r, 100));
  const mail = received.find((m) => m.to.includes(email));
  const link = /http:\/\/localhost:3999\/api\/auth\/callback\/email\?\S+/.exec(await mailText(mail?.raw ?? ""))?.[0];
  if (!link) throw new Error(`no sign-in link mailed to ${email}`);
  return link;
}

/** Every column of every row, as PostgreSQL renders it. */
async function rawRows(table: "MailMessage" | "VerificationToken"): Promise<string> {
  const rows = await (await db()).$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
  return rows.map((r) => r.row).join("\n");
}

describe.each(BACKENDS)("sign-in links on $name", ({ open }) => {
  useAsProcessDatabase(open);
  // The app's own worker sends the mail, as every instance does after start.
  beforeAll(() => startJobs().then(() => undefined));
  afterAll(() => stopJobs());

  it("mails a link valid 15 minutes whose token is in no column of the outbox nor the tokens; the link works once", async () => {
    const email = `ann.${Date.now()}@example.com`;
    const asked = Date.now();
    const res = await askForLink(email);
    expect(res.body).toEqual({ url: expect.stringContaining("/api/auth/verify-request") });

    const link = await linkMailedTo(email);
    const token = new URL(link).searchParams.get("token") ?? "";
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await mailText(received.find((m) => m.to.includes(email))!.raw)).toContain("The link works once, for 15 minutes.");

    const mail = await rawRows("MailMessage");
    const tokens = await rawRows("VerificationToken");
    expect(mail).toContain(email);
    expect(tokens).toContain(email);
    for (const rows of [mail, tokens]) {
      expect(rows).not.toContain(token);
      expect(rows).not.toContain(token.slice(0, 16));
      expect(rows).not.toContain("callback/email");
    }
    // The worker marks the row sent just after the mail server took the mail.
    const outbox = await vi.waitFor(async () => {
      const row = await (await db()).mailMessage.findFirstOrThrow({ where: { to: email } });
      expect(row.status).toBe("SENT");
      return row;
    });
    expect(isSealed(outbox.text)).toBe(true);

    const stored = await (await db()).verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(stored.expires.getTime() - asked).toBeGreaterThan(14 * 60_000);
    expect(stored.expires.getTime() - asked).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    const query = Object.fromEntries(new URL(link).searchParams);
    const first = await nextAuth("GET", ["callback", "email"], { query });
    expect(first.status).toBe(302);
    expect(first.location).toBe("http://localhost:3999/account");
    expect(first.cookies.some((c) => c.startsWith("next-auth.session-token="))).toBe(true);

    const again = await nextAuth("GET", ["callback", "email"], { query });
    expect(again.location).toMatch(/\/error\?error=Verification$/);
  });

  it("refuses a link past its 15 minutes", async () => {
    const email = `bob.${Date.now()}@example.com`;
    await askForLink(email);
    const link = await linkMailedTo(email);
    await (await db()).verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 1000) } });
    const res = await nextAuth("GET", ["callback", "email"], { query: Object.fromEntries(new URL(link).searchParams) });
    expect(res.location).toMatch(/\/error\?error=Verification$/);
  });
});
