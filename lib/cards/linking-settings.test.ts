import { describe, expect, it } from "vitest";
import { checkLinkingSettings, LinkingFormSchema, linkingProviderOf } from "./linking-settings";
import type { ProviderId } from "../payments/providers";

const ALL: ProviderId[] = ["wooshpay", "ppro", "ppro-legacy", "worldpay", "bancontact"];
const merchant = (over: Partial<{ linkingRoute: string[]; wipMaxAmount: number | null }> = {}) => ({
  linkingRoute: ["ppro", "ppro-legacy"],
  wipMaxAmount: 25_000,
  ...over,
});
const parse = (verificationAmount: string) => LinkingFormSchema.safeParse({ verificationAmount });

describe("linking settings form", () => {
  it("reads euros as cents", () => {
    expect(parse("0,01")).toMatchObject({ success: true, data: { verificationAmount: 1 } });
    expect(parse("2.50")).toMatchObject({ success: true, data: { verificationAmount: 250 } });
  });
  it("refuses what is not an amount, naming the field", () => {
    for (const bad of ["0", "", "abc", "1.234", "-1"]) expect(parse(bad).error?.issues[0]?.path[0], bad).toBe("verificationAmount");
  });
});

describe("which provider links", () => {
  it("is the first of the linking route this install reaches, else none", () => {
    expect(linkingProviderOf(merchant(), ALL)).toBe("ppro");
    expect(linkingProviderOf(merchant({ linkingRoute: ["ppro-legacy", "ppro"] }), ALL)).toBe("ppro-legacy");
    expect(linkingProviderOf(merchant({ linkingRoute: ["wooshpay"] }), ALL)).toBeNull();
    expect(linkingProviderOf(merchant({ linkingRoute: [] }), ALL)).toBeNull();
    expect(linkingProviderOf(merchant(), ["wooshpay", "ppro-legacy"])).toBe("ppro-legacy");
  });
});

describe("checkLinkingSettings", () => {
  it("accepts an amount within the limits of the provider that links", () => {
    expect(checkLinkingSettings({ verificationAmount: 1 }, merchant(), ALL)).toEqual([]);
    expect(checkLinkingSettings({ verificationAmount: 25_000 }, merchant(), ALL)).toEqual([]);
  });
  it("refuses when no provider links", () => {
    expect(checkLinkingSettings({ verificationAmount: 1 }, merchant({ linkingRoute: [] }), ALL)).toEqual([{ field: "linkingProvider", code: "none_enabled" }]);
  });
  it("holds PPRO agreements to the merchant's WIP maximum, and not the legacy API", () => {
    expect(checkLinkingSettings({ verificationAmount: 25_001 }, merchant(), ALL)).toEqual([{ field: "verificationAmount", code: "above_wip_max", max: 25_000 }]);
    expect(checkLinkingSettings({ verificationAmount: 25_001 }, merchant({ linkingRoute: ["ppro-legacy"] }), ALL)).toEqual([]);
  });
});
