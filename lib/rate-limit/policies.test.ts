import { describe, expect, it } from "vitest";
import { POLICIES, subjectKey } from "./policies";

describe("POLICIES", () => {
  it("has positive whole figures for every limit", () => {
    for (const [name, p] of Object.entries(POLICIES)) {
      expect(Number.isInteger(p.points) && p.points > 0, name).toBe(true);
      expect(Number.isInteger(p.durationSeconds) && p.durationSeconds > 0, name).toBe(true);
    }
  });

  it("is stricter per account than per address, so one office can still sign in", () => {
    expect(POLICIES["staff-sign-in-account"].points).toBeLessThan(POLICIES["staff-sign-in-ip"].points);
    expect(POLICIES["email-link-email"].points).toBeLessThan(POLICIES["email-link-ip"].points);
  });
});

describe("subjectKey", () => {
  it("is the same for the same subject, whatever the case or surrounding spaces", () => {
    expect(subjectKey(["Ann@Example.com"])).toBe(subjectKey([" ann@example.com"]));
  });

  it("tells subjects apart, including where the parts are split", () => {
    expect(subjectKey(["ann@example.com"])).not.toBe(subjectKey(["bob@example.com"]));
    expect(subjectKey(["wooshpay", "1.2.3.4"])).not.toBe(subjectKey(["ppro", "1.2.3.4"]));
    expect(subjectKey(["a:b", "c"])).not.toBe(subjectKey(["a", "b:c"]));
  });

  it("never stores the email or address itself, and has a fixed length", () => {
    const key = subjectKey(["ann@example.com", "203.0.113.7"]);
    expect(key).not.toContain("ann");
    expect(key).not.toContain("203");
    expect(key).toHaveLength(subjectKey(["x".repeat(5000)]).length);
  });
});
