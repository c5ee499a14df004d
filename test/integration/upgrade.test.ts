// The first start after secrets were protected at rest protects what older versions stored raw:
// webhook bodies with debtor IBANs, outbox mail with sign-in links in clear. On both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { protectOlderRows } from "@/lib/startup";
import { isSealed } from "@/lib/crypto/secret-box";
import { BACKENDS, type TestDb } from "./databases";

const OLD_CALLBACK = JSON.stringify({ paymentId: "pay1", status: "SUCCEEDED", debtor: { name: "Ann", iban: "BE68539007547034" } });

describe.each(BACKENDS)("upgrade on $name", ({ open }) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await open();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("protects raw webhook bodies and clear mail at start, and finds nothing the next time", async () => {
    await t.prisma.webhookEvent.create({ data: { id: "whk_old", provider: "bancontact", providerEventId: "old-1", body: OLD_CALLBACK, headers: {}, verified: true } });
    await t.prisma.mailMessage.create({ data: { id: "mail_old", to: "a@example.com", subject: "Your sign-in link", text: "http://x/api/auth/callback/email?token=cleartoken", status: "SENT" } });

    await protectOlderRows(t.prisma);
    const hook = await t.prisma.webhookEvent.findUniqueOrThrow({ where: { id: "whk_old" } });
    expect(hook.body).not.toContain("BE68539007547034");
    expect(hook.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    const mail = await t.prisma.mailMessage.findUniqueOrThrow({ where: { id: "mail_old" } });
    expect(mail.text).not.toContain("cleartoken");
    expect(isSealed(mail.text)).toBe(true);

    // Nothing left to do: the second start only counts.
    const before = JSON.stringify(await t.prisma.mailMessage.findMany({ orderBy: { id: "asc" } }));
    await protectOlderRows(t.prisma);
    expect(JSON.stringify(await t.prisma.mailMessage.findMany({ orderBy: { id: "asc" } }))).toBe(before);
  });
});
