import { describe, expect, it } from "vitest";
import { dueReminders, type ReminderCard } from "./reminder-rules";

const DAY = 86_400_000;
const now = new Date("2026-06-15T12:00:00Z");
const card = (extra: Partial<ReminderCard> = {}): ReminderCard => ({
  cardholderId: "chd_1",
  deletedAt: null,
  status: "ACTIVE",
  expiry: "2030-01",
  lastUsedAt: new Date(now.getTime() - 10 * DAY),
  cardExpiryRemindedAt: null,
  linkExpiryRemindedAt: null,
  ...extra,
});
const kinds = (c: ReminderCard) => dueReminders(c, now).map((r) => r.kind);

describe("expiry reminders due", () => {
  it("none for a card far from either end", () => {
    expect(kinds(card())).toEqual([]);
  });

  it("the card: within 60 days of the end of its expiry month, not before", () => {
    // 2026-07 is valid through 31 July: 46 days away.
    expect(dueReminders(card({ expiry: "2026-07" }), now)).toEqual([{ kind: "card-expiry", expiry: "2026-07" }]);
    // 2026-08 ends on 1 September: 78 days away.
    expect(kinds(card({ expiry: "2026-08" }))).toEqual([]);
    // Providers' YYMM is read too.
    expect(kinds(card({ expiry: "2607" }))).toEqual(["card-expiry"]);
  });

  it("the link: within 30 days of 365 days unused, not before", () => {
    const due = dueReminders(card({ lastUsedAt: new Date(now.getTime() - 340 * DAY) }), now);
    expect(due).toEqual([{ kind: "link-expiry", endsAt: new Date(now.getTime() + 25 * DAY) }]);
    expect(kinds(card({ lastUsedAt: new Date(now.getTime() - 330 * DAY) }))).toEqual([]);
  });

  it("both at once, each once", () => {
    const both = card({ expiry: "2026-07", lastUsedAt: new Date(now.getTime() - 340 * DAY) });
    expect(kinds(both)).toEqual(["card-expiry", "link-expiry"]);
    expect(kinds({ ...both, cardExpiryRemindedAt: now })).toEqual(["link-expiry"]);
    expect(kinds({ ...both, cardExpiryRemindedAt: now, linkExpiryRemindedAt: now })).toEqual([]);
  });

  it("none for a card that can no longer be used, or that nobody owns", () => {
    const soon = { expiry: "2026-07" };
    expect(kinds(card({ ...soon, deletedAt: now }))).toEqual([]);
    expect(kinds(card({ ...soon, status: "REVOKED" }))).toEqual([]);
    expect(kinds(card({ ...soon, status: "FAILED" }))).toEqual([]);
    expect(kinds(card({ ...soon, cardholderId: null }))).toEqual([]);
    expect(kinds(card({ expiry: "2026-05" }))).toEqual([]);
    expect(kinds(card({ lastUsedAt: new Date(now.getTime() - 366 * DAY) }))).toEqual([]);
  });
});
