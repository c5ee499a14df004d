import { describe, expect, it } from "vitest";
import { decideReplacement } from "./replace-rules";

const old = { cardholderId: "chd_ann", merchantId: "mer_x", deletedAt: null, replacedById: null };
const payment = { cardholderId: "chd_ann", merchantId: "mer_x" };

describe("decideReplacement", () => {
  it("replaces the same cardholder's live card at the same merchant", () => {
    expect(decideReplacement(old, payment)).toEqual({ replace: true });
  });
  it("never replaces another cardholder's card, or one at another merchant", () => {
    expect(decideReplacement(old, { ...payment, cardholderId: "chd_bob" })).toEqual({ replace: false, reason: "not_theirs" });
    expect(decideReplacement(old, { ...payment, cardholderId: null })).toEqual({ replace: false, reason: "not_theirs" });
    expect(decideReplacement(old, { ...payment, merchantId: "mer_y" })).toEqual({ replace: false, reason: "not_theirs" });
  });
  it("leaves a card deleted or replaced meanwhile as it is", () => {
    expect(decideReplacement({ ...old, deletedAt: new Date() }, payment)).toEqual({ replace: false, reason: "already_ended" });
    expect(decideReplacement({ ...old, replacedById: "card_new" }, payment)).toEqual({ replace: false, reason: "already_ended" });
    expect(decideReplacement(null, payment)).toEqual({ replace: false, reason: "unknown_card" });
  });
});
