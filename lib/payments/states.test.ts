import { describe, expect, it } from "vitest";
import { decideTransition, PAYMENT_STATUSES, type PaymentStatus } from "./states";

describe("decideTransition", () => {
  it("moves forward through the happy path", () => {
    const path: PaymentStatus[] = ["CREATED", "PENDING", "IDENTIFIED", "AUTHORIZED", "PAID"];
    for (let i = 1; i < path.length; i++) expect(decideTransition(path[i - 1]!, path[i]!).kind).toBe("apply");
  });

  it("ignores a late report of an earlier state", () => {
    expect(decideTransition("AUTHORIZED", "PENDING").kind).toBe("stale");
    expect(decideTransition("PAID", "PENDING").kind).toBe("stale");
  });

  it("never changes a final state, except a paid payment being reversed", () => {
    for (const final of ["FAILED", "CANCELLED", "EXPIRED", "REVERSED"] as const) {
      for (const to of PAYMENT_STATUSES) if (to !== final) expect(decideTransition(final, to).kind).toBe("stale");
    }
    expect(decideTransition("PAID", "REVERSED").kind).toBe("apply");
    expect(decideTransition("PAID", "FAILED").kind).toBe("stale");
  });

  it("reports the same state as same", () => {
    expect(decideTransition("PENDING", "PENDING").kind).toBe("same");
  });

  it("reaches the same final state whatever the order of reports", () => {
    const reports: PaymentStatus[] = ["PENDING", "AUTHORIZED", "PAID", "PENDING", "AUTHORIZED"];
    const permutations = (xs: PaymentStatus[]): PaymentStatus[][] =>
      xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
    for (const order of permutations(reports)) {
      let state: PaymentStatus = "CREATED";
      for (const r of order) if (decideTransition(state, r).kind === "apply") state = r;
      expect(state).toBe("PAID");
    }
  });
});
