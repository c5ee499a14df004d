import { describe, expect, it } from "vitest";
import { storedProviderName } from "./providers";

describe("a stored provider's name", () => {
  it("is the provider's name in the reader's language, or the stored text when it names no provider", () => {
    expect(storedProviderName("ppro-legacy", "fr")).toBe("PPRO (ancienne API)");
    expect(storedProviderName("wooshpay", "nl")).toBe("WooshPay");
    expect(storedProviderName("retired-provider", "de")).toBe("retired-provider");
  });
});
