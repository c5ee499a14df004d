import { describe, expect, it } from "vitest";
import { classifyRefusal } from "./rejection";

const wip = { wip: true };
const regular = { wip: false };

describe("classifyRefusal: is the card's link over?", () => {
  it.each([
    "Parameter specin.cardtoken refused: no successful payment with this card within 365 days; wallet initiated payments are no longer possible",
    "Invalid parameter specin.cardtoken: token lapsed",
    "Parameter 'specin.cardtoken' is not valid for this merchant",
    "The value of specin.cardtoken is no longer accepted by the issuer",
    "Invalid parameter SPECIN.CARDTOKEN: unknown card token",
  ])("on a WIP request, a refusal about specin.cardtoken: link_unusable (%s)", (errmsg) => {
    expect(classifyRefusal(errmsg, wip)).toEqual({ code: "link_unusable", field: "specin.cardtoken" });
  });

  it("keeps the old words as a signal, whatever the request", () => {
    expect(classifyRefusal("Card token expired: re-link", wip)).toEqual({ code: "link_unusable", field: "specin.cardtoken" });
    expect(classifyRefusal("The card token has expired", regular)).toEqual({ code: "link_unusable", field: "specin.cardtoken" });
  });

  it("a missing token is our request's fault, not the link's", () => {
    expect(classifyRefusal("Missing parameter specin.cardtoken", wip)).toEqual({ code: "request_failed", field: "specin.cardtoken" });
  });

  it("other refusals are plain, naming their parameter", () => {
    expect(classifyRefusal("Invalid parameter amount: must be at least 1", wip)).toEqual({ code: "request_failed", field: "amount" });
    expect(classifyRefusal("Invalid parameter specin.cardtoken: malformed", regular)).toEqual({ code: "request_failed", field: "specin.cardtoken" });
    expect(classifyRefusal("Authentication failed", wip)).toEqual({ code: "request_failed" });
    expect(classifyRefusal("Session expired, log in again", wip)).toEqual({ code: "request_failed" });
  });
});
