import { describe, expect, it } from "vitest";
import { clock } from "./clock";

describe("clock", () => {
  it("shows minutes and seconds under an hour, hours beyond", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(65)).toBe("1:05");
    expect(clock(3599)).toBe("59:59");
    expect(clock(3600)).toBe("1:00:00");
    expect(clock(24 * 3600 - 1)).toBe("23:59:59");
  });
});
