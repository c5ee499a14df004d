// What the shopper's page offers while a payment waits for them, per state and device: the QR
// code (desktop), the app link with the code as a fallback (phone), "confirm in your app" once
// the code was scanned, the bank page, and the ways out.
import type { PaymentStatus } from "../payments/states";

export type WaitingPayment = {
  status: PaymentStatus;
  qrPayload: string | null;
  deepLink: string | null;
  actionUrl: string | null;
  /** The provider's own deadline for this payment, when it gives one. */
  expiresAt: Date | null;
};

export type WaitingView = {
  /** "code": the QR code to scan; "app": the link into the Bancontact app, the code folded below it. */
  qr: "code" | "app" | null;
  /** Scanned: the shopper finishes in the app, the page only says so. */
  confirmInApp: boolean;
  bankPage: string | null;
  retry: boolean;
  cancel: boolean;
  /** The moment the page counts down to. */
  deadline: Date | null;
};

export function waitingView(p: WaitingPayment, mobile: boolean, checkoutExpiresAt: Date): WaitingView | null {
  const open = p.status === "CREATED" || p.status === "PENDING";
  const scanned = p.status === "IDENTIFIED";
  if (!open && !scanned) return null;
  // Only the Bancontact Payment API gives a payment a deadline of its own; the others' payments
  // are bounded by the checkout, which takes no new attempt after it.
  const deadline = p.expiresAt && p.expiresAt < checkoutExpiresAt ? p.expiresAt : checkoutExpiresAt;
  if (scanned) {
    // The app now shows the payment: the code has done its work and confirming happens there.
    // Cancelling stays possible (seed 004: a payment is CANCELLED "after the user has scanned it,
    // or the merchant has cancelled"), for a shopper who scanned with the wrong phone, but it is
    // no longer the page's main offer.
    return { qr: null, confirmInApp: true, bankPage: null, retry: false, cancel: true, deadline };
  }
  const qr = p.qrPayload ? (mobile && p.deepLink ? "app" : "code") : null;
  return { qr, confirmInApp: false, bankPage: p.actionUrl, retry: !qr, cancel: true, deadline };
}
