import { describe, expect, it } from "vitest";
import { cardExpiresAt, formatCardExpiry, parseCardExpiry } from "./card-expiry";
import { cardState, isUsable } from "./card-state";

const now = new Date("2026-11-22T12:00:00Z");
const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 60 * 60 * 1000);
const card = (over: Partial<Parameters<typeof cardState>[0]> = {}) => ({ deletedAt: null, status: "ACTIVE", expiry: "2029-12", lastUsedAt: daysAgo(10), ...over });

describe("parseCardExpiry", () => {
  it("reads YYYY-MM and YYMM alike", () => {
    expect(parseCardExpiry("2027-05")).toEqual({ year: 2027, month: 5 });
    expect(parseCardExpiry("2705")).toEqual({ year: 2027, month: 5 });
    expect(formatCardExpiry(parseCardExpiry("2705")!)).toBe("2027-05");
  });
  it("refuses anything else", () => {
    for (const bad of ["", "2027-13", "2713", "27-05", "05/27", null, undefined, "2027-5"]) expect(parseCardExpiry(bad)).toBeNull();
  });
  it("keeps the card valid through the last day of its month", () => {
    expect(cardExpiresAt({ year: 2026, month: 12 }).toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});

describe("cardState", () => {
  it("is active with a valid card used recently", () => {
    expect(cardState(card(), now)).toBe("active");
    expect(cardState(card({ expiry: "" }), now)).toBe("active");
  });
  it("warns 60 days before the card expires", () => {
    // Valid through 31 December: 40 days left. Through 31 January: 71 days.
    expect(cardState(card({ expiry: "2026-12" }), now)).toBe("card-expiring-soon");
    expect(cardState(card({ expiry: "2612" }), now)).toBe("card-expiring-soon");
    expect(cardState(card({ expiry: "2027-01" }), now)).toBe("active");
  });
  it("warns within 30 days of 365 days without a successful WIP payment", () => {
    expect(cardState(card({ lastUsedAt: daysAgo(336) }), now)).toBe("link-expiring-soon");
    expect(cardState(card({ lastUsedAt: daysAgo(334) }), now)).toBe("active");
  });
  it("names the sooner of two warnings", () => {
    expect(cardState(card({ expiry: "2026-11", lastUsedAt: daysAgo(340) }), now)).toBe("card-expiring-soon");
    expect(cardState(card({ expiry: "2026-12", lastUsedAt: daysAgo(360) }), now)).toBe("link-expiring-soon");
  });
  it("is expired after the card's month, after 365 unused days, or when the provider failed the link", () => {
    expect(cardState(card({ expiry: "2026-10" }), now)).toBe("expired");
    expect(cardState(card({ lastUsedAt: daysAgo(365) }), now)).toBe("expired");
    expect(cardState(card({ status: "FAILED" }), now)).toBe("expired");
    expect(isUsable("expired")).toBe(false);
  });
  it("is deleted when the cardholder deleted it or the provider revoked it, whatever else holds", () => {
    expect(cardState(card({ deletedAt: daysAgo(1) }), now)).toBe("deleted");
    expect(cardState(card({ status: "REVOKED", expiry: "2020-01" }), now)).toBe("deleted");
    expect(isUsable("deleted")).toBe(false);
    expect(isUsable("link-expiring-soon")).toBe(true);
  });
});
