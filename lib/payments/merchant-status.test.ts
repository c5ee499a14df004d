import { describe, expect, it } from "vitest";
import { merchantStatusLabel } from "./merchant-status";

describe("merchantStatusLabel", () => {
  it("says a merchant's charge left pending waits for the cardholder", () => {
    expect(merchantStatusLabel({ status: "PENDING", initiation: "merchant" })).toBe("Waiting for the cardholder");
  });
  it("leaves every other payment's state as it is", () => {
    expect(merchantStatusLabel({ status: "PENDING", initiation: "checkout" })).toBe("PENDING");
    expect(merchantStatusLabel({ status: "PENDING", initiation: "consumer" })).toBe("PENDING");
    expect(merchantStatusLabel({ status: "PAID", initiation: "merchant" })).toBe("PAID");
  });
});
