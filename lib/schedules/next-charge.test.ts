import { describe, expect, it } from "vitest";
import { addMonthsClamped, afterCharge, chargeDueAt, chargeOrderReference } from "./next-charge";

const d = (s: string) => new Date(s);

describe("monthly dates", () => {
  it("keeps the day of the month and the time of day", () => {
    expect(addMonthsClamped(d("2026-03-15T09:30:00Z"), 1).toISOString()).toBe("2026-04-15T09:30:00.000Z");
    expect(addMonthsClamped(d("2026-11-15T09:30:00Z"), 2).toISOString()).toBe("2027-01-15T09:30:00.000Z");
  });
  it("moves the 31st to the last day of shorter months, and back to the 31st after", () => {
    const anchor = d("2027-01-31T08:00:00Z");
    expect(chargeDueAt(anchor, 2).toISOString()).toBe("2027-02-28T08:00:00.000Z");
    expect(chargeDueAt(anchor, 3).toISOString()).toBe("2027-03-31T08:00:00.000Z");
    expect(chargeDueAt(anchor, 4).toISOString()).toBe("2027-04-30T08:00:00.000Z");
  });
  it("uses 29 February in a leap year", () => {
    expect(chargeDueAt(d("2028-01-31T00:00:00Z"), 2).toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(chargeDueAt(d("2027-12-30T00:00:00Z"), 3).toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
  it("makes the first charge at the anchor", () => {
    expect(chargeDueAt(d("2026-05-10T10:00:00Z"), 1).toISOString()).toBe("2026-05-10T10:00:00.000Z");
  });
});

describe("after a charge", () => {
  const anchor = d("2026-01-31T12:00:00Z");
  it("a monthly schedule never ends by itself", () => {
    expect(afterCharge({ kind: "monthly", instalments: null, anchor }, 1)).toEqual({ chargesMade: 1, nextChargeAt: d("2026-02-28T12:00:00Z"), status: "ACTIVE" });
    expect(afterCharge({ kind: "monthly", instalments: null, anchor }, 60).status).toBe("ACTIVE");
  });
  it("instalments complete after their count, with no next date", () => {
    const terms = { kind: "instalments" as const, instalments: 3, anchor };
    expect(afterCharge(terms, 2)).toEqual({ chargesMade: 2, nextChargeAt: d("2026-03-31T12:00:00Z"), status: "ACTIVE" });
    expect(afterCharge(terms, 3)).toEqual({ chargesMade: 3, nextChargeAt: null, status: "COMPLETED" });
  });
  it("gives each charge its own order reference", () => {
    expect(chargeOrderReference("SUB-7", 2)).toBe("SUB-7-2");
  });
});
