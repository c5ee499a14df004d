// PPRO payment charge status → our payment state. Refunds are tracked by our own refund records,
// so a refunded charge stays PAID here; a void before capture is the merchant's cancellation.
import type { PaymentStatus } from "../../payments/states";
import type { Charge, ChargeStatus, Operation } from "./schemas";

const MAP: Record<ChargeStatus, PaymentStatus> = {
  // Created and being sent to the scheme: the shopper has nothing to do yet but will have to.
  AUTHORIZATION_PROCESSING: "PENDING",
  // The shopper must scan the code, open the app or go through the bank page.
  AUTHENTICATION_PENDING: "PENDING",
  // The shopper confirmed; the scheme answers later. Not final.
  AUTHORIZATION_ASYNC: "AUTHORIZED",
  // Authorized, not captured yet (with autoCapture PPRO captures on its own right after).
  CAPTURE_PENDING: "AUTHORIZED",
  CAPTURE_PROCESSING: "AUTHORIZED",
  CAPTURED: "PAID",
  // Money moved; what was given back is counted by our refunds, not by the payment state.
  REFUND_PROCESSING: "PAID",
  REFUNDED: "PAID",
  // The shopper did not authenticate within the payment method's time window.
  DISCARDED: "EXPIRED",
  FAILED: "FAILED",
  // A void releases an authorization that was never captured: the payment was cancelled.
  // Not final until VOIDED: a void that fails leaves the charge to be captured.
  VOID_PROCESSING: "AUTHORIZED",
  VOIDED: "CANCELLED",
};

export function mapPproStatus(status: ChargeStatus): PaymentStatus {
  return MAP[status];
}

const succeeded = (op: Operation) => op.status === "SUCCEEDED";

/** What the charge captured, from its capture operations (refunds are not subtracted). */
export function capturedAmount(charge: Pick<Charge, "captures">): number {
  return charge.captures.filter(succeeded).reduce((sum, c) => sum + c.amount, 0);
}

export function refundedAmount(charge: Pick<Charge, "refunds">): number {
  return charge.refunds.filter((r) => r.status !== "FAILED" && r.status !== "DECLINED").reduce((sum, r) => sum + r.amount, 0);
}

/** A refund operation's status → ours: SUCCEEDED, FAILED (or DECLINED), else still on its way. */
export function pproRefundStatus(status: string): "PENDING" | "SUCCEEDED" | "FAILED" {
  if (status === "SUCCEEDED") return "SUCCEEDED";
  if (status === "FAILED" || status === "DECLINED") return "FAILED";
  return "PENDING";
}
