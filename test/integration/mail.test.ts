// Outgoing mail leaves through the job queue: recorded in the outbox with its send job, sent by
// whichever worker takes the job, exactly once, retried with backoff while the server is down.
import { createServer, type AddressInfo } from "node:net";
import type { Runner } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { smtpCapture } from "../smtp-capture";
import { isSealed } from "@/lib/crypto/secret-box";
import { newId } from "@/lib/ids";
import { startWorker } from "@/lib/jobs/queue";
import { enqueueSendMail, SEND_MAIL, sendMailTask } from "@/lib/jobs/send-mail";
import { deliverMail, openMailText, type MailSettings } from "@/lib/mail/send";

const FROM = "Shop <no-reply@shop.example>";
const smtp = smtpCapture();
let url = "";

beforeAll(async () => {
  url = await smtp.start();
});
afterAll(() => smtp.stop());

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

const countTo = (received: { to: string[] }[], to: string) => received.filter((m) => m.to.includes(to)).length;

describe.each(BACKENDS)("mail on $name", ({ open }) => {
  let t: TestDb;
  const workers: Runner[] = [];
  const worker = async (settings: MailSettings & { smtpUrl: string }) => {
    const w = await startWorker({ connectionString: t.queueUrl, tasks: { [SEND_MAIL]: sendMailTask(t.prisma, settings) } });
    workers.push(w);
    return w;
  };
  beforeAll(async () => {
    t = await open();
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.stop();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("records the mail sealed with its job; a worker sends it and marks the row sent", async () => {
    const to = `ann.${Date.now()}@example.com`;
    await deliverMail(t.prisma, { to, subject: "Your sign-in link", text: "https://shop.example/link" }, { smtpUrl: url, from: FROM });
    const queued = await t.prisma.mailMessage.findFirstOrThrow({ where: { to } });
    expect(queued.status).toBe("QUEUED");
    expect(isSealed(queued.text)).toBe(true);
    expect(openMailText(queued.text)).toBe("https://shop.example/link");
    await worker({ smtpUrl: url, from: FROM });
    await until(async () => (await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: queued.id } })).status === "SENT");
    expect(smtp.received.find((m) => m.to.includes(to))?.raw).toContain("https://shop.example/link");
    expect((await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: queued.id } })).attempts).toBe(1);
  });

  it("two workers on one database send each of 50 mails exactly once", async () => {
    const stamp = Date.now();
    const tos = Array.from({ length: 50 }, (_, i) => `bulk${i}.${stamp}@example.com`);
    for (const to of tos) await deliverMail(t.prisma, { to, subject: "s", text: `hello ${to}` }, { smtpUrl: url, from: FROM });
    await Promise.all([worker({ smtpUrl: url, from: FROM }), worker({ smtpUrl: url, from: FROM })]);
    await until(async () => (await t.prisma.mailMessage.count({ where: { to: { in: tos }, status: "SENT" } })) === 50, 60_000);
    // Give a duplicate time to arrive before counting.
    await new Promise((r) => setTimeout(r, 1500));
    for (const to of tos) expect(countTo(smtp.received, to), to).toBe(1);
    expect(await t.prisma.mailMessage.count({ where: { to: { in: tos }, attempts: 1 } })).toBe(50);
  });

  it("keeps retrying while the mail server is down, and delivers once when it is back", async () => {
    const port = await freePort();
    const down = `smtp://127.0.0.1:${port}`;
    const to = `bob.${Date.now()}@example.com`;
    await deliverMail(t.prisma, { to, subject: "s", text: "t" }, { smtpUrl: down, from: FROM });
    await worker({ smtpUrl: down, from: FROM });
    const row = () => t.prisma.mailMessage.findFirstOrThrow({ where: { to } });
    await until(async () => (await row()).status === "RETRYING");
    expect((await row()).error).toMatch(/ECONNREFUSED/);
    const later = smtpCapture();
    await later.start(port);
    try {
      // The second attempt comes exp(1) ≈ 2.7 s after the first.
      await until(async () => (await row()).status === "SENT");
      expect((await row()).attempts).toBeGreaterThanOrEqual(2);
      await new Promise((r) => setTimeout(r, 1000));
      expect(countTo(later.received, to)).toBe(1);
    } finally {
      await later.stop();
    }
  });

  it("marks the mail failed, with its last error, after the last attempt", async () => {
    const port = await freePort();
    const down = `smtp://127.0.0.1:${port}`;
    const id = newId("mail");
    const to = `cy.${Date.now()}@example.com`;
    await t.prisma.$transaction(async (tx) => {
      await tx.mailMessage.create({ data: { id, to, subject: "s", text: "t", status: "QUEUED" } });
      await enqueueSendMail(tx, id, 1);
    });
    await worker({ smtpUrl: down, from: FROM });
    await until(async () => (await t.prisma.mailMessage.findUniqueOrThrow({ where: { id } })).status === "FAILED");
    const row = await t.prisma.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row.attempts).toBe(1);
    expect(row.error).toMatch(/ECONNREFUSED/);
  });

  it("keeps it in the development mailbox without a server, with no job", async () => {
    const to = `dee.${Date.now()}@example.com`;
    await deliverMail(t.prisma, { to, subject: "s", text: "t" }, { smtpUrl: undefined, from: FROM });
    const row = await t.prisma.mailMessage.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("DEV_MAILBOX");
    const jobs = await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE key = ${row.id}`;
    expect(Number(jobs[0]?.n)).toBe(0);
  });
});
