// Outgoing mail: kept in the outbox, sent through a real SMTP server when one is configured.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type TestDb } from "./databases";
import { smtpCapture } from "../smtp-capture";
import { isSealed } from "@/lib/crypto/secret-box";
import { deliverMail, openMailText } from "@/lib/mail/send";

const smtp = smtpCapture();
const received = smtp.received;
let url = "";

beforeAll(async () => {
  url = await smtp.start();
});
afterAll(() => smtp.stop());

describe.each(BACKENDS)("mail on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("sends through SMTP and marks the outbox row sent", async () => {
    const to = `ann.${Date.now()}@example.com`;
    await deliverMail(t.prisma, { to, subject: "Your sign-in link", text: "https://shop.example/link" }, { smtpUrl: url, from: "Shop <no-reply@shop.example>" });
    const got = received.find((m) => m.to.includes(to));
    expect(got?.raw).toContain("https://shop.example/link");
    const row = await t.prisma.mailMessage.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("SENT");
    // Sent from the outbox, where the body is sealed.
    expect(isSealed(row.text)).toBe(true);
    expect(openMailText(row.text)).toBe("https://shop.example/link");
  });

  it("keeps the mail, marked failed, when the server is down", async () => {
    const to = `bob.${Date.now()}@example.com`;
    await expect(deliverMail(t.prisma, { to, subject: "s", text: "t" }, { smtpUrl: "smtp://127.0.0.1:1", from: "x@y.z" })).rejects.toThrow();
    const row = await t.prisma.mailMessage.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("FAILED");
    expect(row.text).not.toBe("t");
    expect(openMailText(row.text)).toBe("t");
  });

  it("keeps it in the development mailbox without a server", async () => {
    const to = `cy.${Date.now()}@example.com`;
    await deliverMail(t.prisma, { to, subject: "s", text: "t" }, { smtpUrl: undefined, from: "x@y.z" });
    expect((await t.prisma.mailMessage.findFirstOrThrow({ where: { to } })).status).toBe("DEV_MAILBOX");
  });
});
