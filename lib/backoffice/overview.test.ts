import { describe, expect, it } from "vitest";
import { PAYMENT_STATUSES } from "../payments/states";
import { parseOverviewQuery, periodDays, stateGroup, summarize, totalOf, type GroupRow } from "./overview";

describe("the overview's period", () => {
  it("is today unless the week is asked for", () => {
    expect(parseOverviewQuery({})).toEqual({ ok: true, period: "today" });
    expect(parseOverviewQuery({ period: "" })).toEqual({ ok: true, period: "today" });
    expect(parseOverviewQuery({ period: ["week", "today"] })).toEqual({ ok: true, period: "week" });
  });

  it("refuses anything else, naming the field", () => {
    expect(parseOverviewQuery({ period: "month" })).toEqual({ ok: false, errors: [{ field: "period", message: "today or week" }] });
  });

  it("is the Brussels day of now, or the 7 days ending with it, oldest first", () => {
    // 23:30 UTC on 28 March is already the 29th in Brussels (winter time, UTC+1).
    const now = new Date("2026-03-28T23:30:00Z");
    expect(periodDays("today", now)).toEqual(["2026-03-29"]);
    expect(periodDays("week", now)).toEqual(["2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-28", "2026-03-29"]);
    expect(periodDays("week", new Date("2026-03-02T10:00:00Z"))[0]).toBe("2026-02-24");
  });
});

describe("grouping states", () => {
  it("puts every state in one group: paid, open, or unsuccessful", () => {
    const groups = Object.fromEntries(PAYMENT_STATUSES.map((s) => [s, stateGroup(s)]));
    expect(groups).toEqual({
      CREATED: "open",
      PENDING: "open",
      IDENTIFIED: "open",
      AUTHORIZED: "open",
      PAID: "paid",
      FAILED: "unsuccessful",
      CANCELLED: "unsuccessful",
      EXPIRED: "unsuccessful",
      REVERSED: "unsuccessful",
    });
    expect(stateGroup("SOMETHING_NEW")).toBe("open");
  });
});

describe("summarize", () => {
  const days = ["2026-03-28", "2026-03-29"];
  const rows: GroupRow[] = [
    { day: "2026-03-28", provider: "worldpay", status: "PAID", count: 2, amount: 3000 },
    { day: "2026-03-28", provider: "bancontact", status: "FAILED", count: 1, amount: 500 },
    { day: "2026-03-29", provider: "worldpay", status: "PENDING", count: 1, amount: 250 },
    { day: "2026-03-29", provider: "worldpay", status: "EXPIRED", count: 1, amount: 100 },
    { day: "2026-03-29", provider: "wooshpay", status: "PAID", count: 3, amount: 4599 },
    { day: "2026-03-29", provider: "wooshpay", status: "REVERSED", count: 1, amount: 1 },
  ];

  it("adds cents by provider and state group, providers in their usual order", () => {
    const o = summarize("week", days, rows, 700);
    expect(o.byProvider).toEqual([
      { provider: "wooshpay", amounts: { paid: 4599, open: 0, unsuccessful: 1 } },
      { provider: "worldpay", amounts: { paid: 3000, open: 250, unsuccessful: 100 } },
      { provider: "bancontact", amounts: { paid: 0, open: 0, unsuccessful: 500 } },
    ]);
    expect(o.totals).toEqual({ paid: 7599, payments: 9, refunded: 700 });
  });

  it("has a line for every day, an empty day as zeros", () => {
    const o = summarize("week", ["2026-03-27", ...days], rows, 0);
    expect(o.byDay).toEqual([
      { day: "2026-03-27", amounts: { paid: 0, open: 0, unsuccessful: 0 } },
      { day: "2026-03-28", amounts: { paid: 3000, open: 0, unsuccessful: 500 } },
      { day: "2026-03-29", amounts: { paid: 4599, open: 250, unsuccessful: 101 } },
    ]);
    expect(o.byDay.map((d) => totalOf(d.amounts)).reduce((a, b) => a + b)).toBe(o.byProvider.map((p) => totalOf(p.amounts)).reduce((a, b) => a + b));
  });

  it("is empty, not missing, when nothing was paid", () => {
    expect(summarize("today", ["2026-03-29"], [], 0)).toEqual({
      period: "today",
      days: ["2026-03-29"],
      totals: { paid: 0, payments: 0, refunded: 0 },
      byProvider: [],
      byDay: [{ day: "2026-03-29", amounts: { paid: 0, open: 0, unsuccessful: 0 } }],
    });
  });
});
