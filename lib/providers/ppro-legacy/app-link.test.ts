import { describe, expect, it } from "vitest";
import { appLinkOf } from "./app-link";
import { appPageFor } from "../../sandboxes/app-links";

describe("appLinkOf", () => {
  it("puts seed 002's BEPURL behind the bepgenapp:// scheme, as seed 001 pairs the two forms", () => {
    expect(appLinkOf("BEP://1BC.GIROGATE.DE/BCMC/123456789$ICAE3BUIH5P9U53Y5HKA9CRT")).toBe("bepgenapp://DoTx?TransId=1BC.GIROGATE.DE/BCMC/123456789$ICAE3BUIH5P9U53Y5HKA9CRT");
    // Seed 001's own pair, to hold the rule against the document that shows it.
    const code = "BEP://1BANCONTACT.SANDBOX.CP-PL.PPRO.COM/BEP/LA/PWXISDCFTC49RYLZ7TB36DX95BQBMQHSGYXKK/1Y23YI6GUWEUXTJHUCSAVMLT4LDQRLSA1$LNLK62BMVBPWHYEOCP4J5RWY";
    expect(appLinkOf(code)).toBe("bepgenapp://DoTx?TransId=1BANCONTACT.SANDBOX.CP-PL.PPRO.COM/BEP/LA/PWXISDCFTC49RYLZ7TB36DX95BQBMQHSGYXKK/1Y23YI6GUWEUXTJHUCSAVMLT4LDQRLSA1$LNLK62BMVBPWHYEOCP4J5RWY");
  });

  it("gives no link for anything but a BEP:// payload", () => {
    expect(appLinkOf("https://bancontact.girogate.be/bi/t2bc?tx=1")).toBeNull();
    expect(appLinkOf("")).toBeNull();
  });

  it("the app simulator opens the link it makes", () => {
    expect(appPageFor(appLinkOf("BEP://1BC.SANDBOX/BCMC/600520459$SECRET")!)).toBe("/sandbox/ppro-legacy/app/600520459");
  });
});
