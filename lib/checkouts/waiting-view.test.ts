import { describe, expect, it } from "vitest";
import { waitingView, type WaitingPayment } from "./waiting-view";

const checkoutEnds = new Date("2026-11-22T12:00:00Z");
const bancontact: WaitingPayment = {
  status: "PENDING",
  qrPayload: "https://payconiq.example/pay/2/abc",
  deepLink: "https://payconiq.example/pay/2/abc?app=1",
  actionUrl: null,
  expiresAt: new Date("2026-11-22T11:20:00Z"),
};
const legacy: WaitingPayment = { status: "PENDING", qrPayload: "BEP://1BC/BCMC/1$x", deepLink: "bepgenapp://DoTx?TransId=1BC/BCMC/1$x", actionUrl: "https://bank.example/", expiresAt: null };
const redirect: WaitingPayment = { status: "PENDING", qrPayload: null, deepLink: null, actionUrl: "https://bank.example/", expiresAt: null };

describe("waitingView", () => {
  it("shows the QR code on a desktop and the app link on a phone", () => {
    expect(waitingView(bancontact, false, checkoutEnds)?.qr).toBe("code");
    expect(waitingView(bancontact, true, checkoutEnds)?.qr).toBe("app");
    expect(waitingView(legacy, true, checkoutEnds)).toMatchObject({ qr: "app", bankPage: "https://bank.example/", cancel: true, retry: false });
  });

  it("falls back to the QR code on a phone when the provider gives no app link", () => {
    expect(waitingView({ ...legacy, deepLink: null }, true, checkoutEnds)?.qr).toBe("code");
  });

  it("after the scan: confirm in the app, no code, no bank page, cancel still possible", () => {
    for (const mobile of [false, true]) {
      expect(waitingView({ ...bancontact, status: "IDENTIFIED" }, mobile, checkoutEnds)).toMatchObject({ qr: null, confirmInApp: true, bankPage: null, cancel: true });
    }
  });

  it("a redirect payment offers the bank page and a fresh start", () => {
    expect(waitingView(redirect, true, checkoutEnds)).toMatchObject({ qr: null, confirmInApp: false, bankPage: "https://bank.example/", retry: true, cancel: true });
  });

  it("counts down to the provider's deadline, or to the checkout's when it comes first or is the only one", () => {
    expect(waitingView(bancontact, false, checkoutEnds)?.deadline).toEqual(bancontact.expiresAt);
    expect(waitingView(legacy, false, checkoutEnds)?.deadline).toEqual(checkoutEnds);
    expect(waitingView({ ...bancontact, expiresAt: new Date("2026-11-22T13:00:00Z") }, false, checkoutEnds)?.deadline).toEqual(checkoutEnds);
  });

  it("offers nothing once the payment is no longer waiting for the shopper", () => {
    for (const status of ["AUTHORIZED", "PAID", "FAILED", "CANCELLED", "EXPIRED", "REVERSED"] as const) {
      expect(waitingView({ ...bancontact, status }, false, checkoutEnds)).toBeNull();
    }
  });
});
