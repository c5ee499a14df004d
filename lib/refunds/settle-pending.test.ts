import { describe, expect, it } from "vitest";
import { checkInterval, isDue, isOverdue, MAX_CHECK_INTERVAL_MS } from "./settle-pending";

const t0 = new Date("2026-11-21T12:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const pending = { status: "PENDING", createdAt: t0, checks: 0, lastCheckedAt: null as Date | null };

describe("asking about pending refunds", () => {
  it("asks first a minute after the refund was made", () => {
    expect(isDue(pending, at(59_999))).toBe(false);
    expect(isDue(pending, at(60_000))).toBe(true);
  });

  it("waits twice as long after each check, never more than six hours", () => {
    expect(checkInterval(0)).toBe(60_000);
    expect(checkInterval(1)).toBe(120_000);
    expect(checkInterval(3)).toBe(480_000);
    expect(checkInterval(50)).toBe(MAX_CHECK_INTERVAL_MS);
    const asked3 = { ...pending, checks: 3, lastCheckedAt: at(3_600_000) };
    // After the third check the wait is checkInterval(2) = 4 minutes.
    expect(isDue(asked3, at(3_600_000 + 239_999))).toBe(false);
    expect(isDue(asked3, at(3_600_000 + 240_000))).toBe(true);
  });

  it("never asks about a settled refund", () => {
    expect(isDue({ ...pending, status: "SUCCEEDED" }, at(3_600_000))).toBe(false);
    expect(isDue({ ...pending, status: "FAILED" }, at(3_600_000))).toBe(false);
  });

  it("flags a refund still pending after a day", () => {
    expect(isOverdue(pending, at(86_400_000 - 1))).toBe(false);
    expect(isOverdue(pending, at(86_400_000))).toBe(true);
    expect(isOverdue({ ...pending, status: "SUCCEEDED" }, at(86_400_000 * 3))).toBe(false);
  });
});
