import { describe, expect, it } from "vitest";
import { firstBadField, RequestFormSchema } from "./create-schemas";

const bad = (input: unknown) => {
  const r = RequestFormSchema.safeParse(input);
  return r.success ? null : firstBadField(r.error);
};

describe("request forms", () => {
  it("takes a refund of the whole remaining amount, or a part in euros as cents", () => {
    expect(RequestFormSchema.parse({ kind: "refund", whole: "whole", reason: "Broken box" })).toEqual({ kind: "refund", amount: null, reason: "Broken box" });
    expect(RequestFormSchema.parse({ kind: "refund", whole: "part", amount: "5,50", reason: "Two pralines missing" })).toEqual({ kind: "refund", amount: 550, reason: "Two pralines missing" });
  });

  it("names the field a refund got wrong", () => {
    expect(bad({ kind: "refund", whole: "part", amount: "abc", reason: "Broken box" })).toBe("amount");
    expect(bad({ kind: "refund", whole: "part", amount: "0", reason: "Broken box" })).toBe("amount");
    expect(bad({ kind: "refund", whole: "part", amount: "1.234", reason: "Broken box" })).toBe("amount");
    expect(bad({ kind: "refund", whole: "whole", reason: " " })).toBe("reason");
  });

  it("takes a dispute with a reason from the list and a message", () => {
    expect(RequestFormSchema.parse({ kind: "dispute", reason: "not_received", message: "Nothing came" })).toEqual({ kind: "dispute", reason: "not_received", message: "Nothing came" });
    expect(bad({ kind: "dispute", reason: "because", message: "Nothing came" })).toBe("reason");
    expect(bad({ kind: "dispute", reason: "other", message: "" })).toBe("message");
  });

  it("stops one schedule or everything on the card", () => {
    expect(RequestFormSchema.parse({ kind: "stop", target: "card" })).toEqual({ kind: "stop", scheduleId: null, reason: "" });
    expect(RequestFormSchema.parse({ kind: "stop", target: "schedule:sch_abc", reason: "Moving" })).toEqual({ kind: "stop", scheduleId: "sch_abc", reason: "Moving" });
    expect(bad({ kind: "stop", target: "everything" })).toBe("target");
  });

  it("refuses an unknown kind", () => {
    expect(bad({ kind: "chargeback" })).toBe("kind");
    expect(bad({})).toBe("kind");
  });
});
