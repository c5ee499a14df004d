import { describe, expect, it } from "vitest";
import { checkLinkingSettings, LinkingFormSchema, linkingProviderOf } from "./linking-settings";
import type { ProviderId } from "../payments/providers";

const ALL: ProviderId[] = ["wooshpay", "ppro", "ppro-legacy", "worldpay", "bancontact"];
const merchant = (over: Partial<{ enabledProviders: string[]; linkingProvider: string | null; wipMaxAmount: number | null }> = {}) => ({
  enabledProviders: ["wooshpay", "ppro", "ppro-legacy"],
  linkingProvider: null,
  wipMaxAmount: 25_000,
  ...over,
});
const parse = (linkingProvider: string, verificationAmount: string) => LinkingFormSchema.safeParse({ linkingProvider, verificationAmount });

describe("linking settings form", () => {
  it("reads auto or a linking provider, and euros as cents", () => {
    expect(parse("auto", "0,01")).toMatchObject({ success: true, data: { linkingProvider: null, verificationAmount: 1 } });
    expect(parse("ppro-legacy", "2.50")).toMatchObject({ success: true, data: { linkingProvider: "ppro-legacy", verificationAmount: 250 } });
  });
  it("refuses a provider that cannot link and what is not an amount, naming the field", () => {
    expect(parse("wooshpay", "1").error?.issues[0]?.path[0]).toBe("linkingProvider");
    for (const bad of ["0", "", "abc", "1.234", "-1"]) expect(parse("auto", bad).error?.issues[0]?.path[0], bad).toBe("verificationAmount");
  });
});

describe("which provider links", () => {
  it("is the chosen one while enabled, else the first enabled that can, else none", () => {
    expect(linkingProviderOf(merchant(), ALL)).toBe("ppro");
    expect(linkingProviderOf(merchant({ linkingProvider: "ppro-legacy" }), ALL)).toBe("ppro-legacy");
    expect(linkingProviderOf(merchant({ linkingProvider: "ppro-legacy", enabledProviders: ["ppro"] }), ALL)).toBe("ppro");
    expect(linkingProviderOf(merchant({ enabledProviders: ["wooshpay"] }), ALL)).toBeNull();
    expect(linkingProviderOf(merchant(), ["wooshpay", "ppro-legacy"])).toBe("ppro-legacy");
  });
});

describe("checkLinkingSettings", () => {
  it("accepts an enabled provider and an amount within the limits", () => {
    expect(checkLinkingSettings({ linkingProvider: "ppro", verificationAmount: 1 }, merchant(), ALL)).toEqual([]);
    expect(checkLinkingSettings({ linkingProvider: null, verificationAmount: 25_000 }, merchant(), ALL)).toEqual([]);
  });
  it("refuses a provider the merchant does not offer", () => {
    expect(checkLinkingSettings({ linkingProvider: "ppro-legacy", verificationAmount: 1 }, merchant({ enabledProviders: ["ppro"] }), ALL)).toEqual([{ field: "linkingProvider", code: "not_enabled" }]);
    expect(checkLinkingSettings({ linkingProvider: null, verificationAmount: 1 }, merchant({ enabledProviders: ["wooshpay"] }), ALL)).toEqual([{ field: "linkingProvider", code: "none_enabled" }]);
  });
  it("holds PPRO agreements to the merchant's WIP maximum, and not the legacy API", () => {
    expect(checkLinkingSettings({ linkingProvider: "ppro", verificationAmount: 25_001 }, merchant(), ALL)).toEqual([{ field: "verificationAmount", code: "above_wip_max", max: 25_000 }]);
    expect(checkLinkingSettings({ linkingProvider: null, verificationAmount: 25_001 }, merchant(), ALL)[0]?.field).toBe("verificationAmount");
    expect(checkLinkingSettings({ linkingProvider: "ppro-legacy", verificationAmount: 25_001 }, merchant(), ALL)).toEqual([]);
  });
});
