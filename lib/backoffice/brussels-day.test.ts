import { describe, expect, it } from "vitest";
import { addDays, brusselsDayEnd, brusselsDayOf, brusselsDayStart } from "./brussels-day";

describe("Brussels days", () => {
  it("start at local midnight, in winter and in summer time", () => {
    expect(brusselsDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(brusselsDayStart("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
  });

  it("are 23 hours long the night summer time begins, 25 the night it ends", () => {
    const hours = (day: string) => (brusselsDayEnd(day).getTime() - brusselsDayStart(day).getTime()) / 3_600_000;
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-03-30")).toBe(24);
  });

  it("name the day an instant falls in on the Brussels wall clock", () => {
    expect(brusselsDayOf(new Date("2026-03-29T22:30:00Z"))).toBe("2026-03-30");
    expect(brusselsDayOf(new Date("2026-03-29T21:59:59Z"))).toBe("2026-03-29");
    expect(brusselsDayOf(new Date("2026-12-31T23:00:00Z"))).toBe("2027-01-01");
    expect(brusselsDayOf(brusselsDayStart("2026-10-25"))).toBe("2026-10-25");
    expect(brusselsDayOf(new Date(brusselsDayEnd("2026-10-25").getTime() - 1))).toBe("2026-10-25");
  });

  it("count calendar days across months and years", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-29", -6)).toBe("2026-03-23");
  });
});
