// Worldpay APM lastEvent → our payment state. lastEvent is kept a plain string: Worldpay lists
// more values than Bancontact uses and adds new ones, and an unknown one must not break a read.
import type { PaymentStatus } from "../../payments/states";

const MAP: Record<string, PaymentStatus> = {
  // Waiting for the shopper at Bancontact.
  pending: "PENDING",
  // The bank approved but Worldpay has not taken the money yet (Bancontact settles on its own
  // right after): not final, a cancel (reversal) is still possible.
  authorized: "AUTHORIZED",
  // A reversal asked for or refused on an authorized payment: the authorization still stands.
  cancelRequested: "AUTHORIZED",
  cancelFailed: "AUTHORIZED",
  // The money is taken: for Bancontact sentForSettlement is the point of no return (Worldpay's
  // reverse turns into a refund from here on), settled only says the funds reached Worldpay.
  sentForSettlement: "PAID",
  settled: "PAID",
  // Refunds and disputes happen to a paid payment; our refund records follow them, the payment
  // stays PAID.
  sentForRefund: "PAID",
  refunded: "PAID",
  refundFailed: "PAID",
  refundExpired: "PAID",
  refundReversed: "PAID",
  chargebackReversed: "PAID",
  disputeExpired: "PAID",
  disputeFundsHeld: "PAID",
  disputeFundsReleased: "PAID",
  disputeReserveReleased: "PAID",
  disputeInformationRequested: "PAID",
  disputInformationSupplied: "PAID", // sic, as Worldpay spells it
  disputeInformationSupplied: "PAID",
  // Money taken back after the payment was paid.
  settlementReversed: "REVERSED",
  chargedBack: "REVERSED",
  refused: "FAILED",
  refusedByIssuer: "FAILED",
  error: "FAILED",
  // Worldpay could not collect the funds: the shopper did not pay.
  // Settlement fails after sentForSettlement (already PAID): the money goes back, a reversal.
  settlementFailed: "REVERSED",
  cancelled: "CANCELLED",
  cancelledByCustomer: "CANCELLED",
  expired: "EXPIRED",
};

/**
 * Values that say nothing about the outcome (manuallyAmended, miscellaneous, signedFormReceived,
 * unknown, anything new) read as PENDING: the lowest state a started payment can be in, so the
 * state machine never moves backwards because of them.
 */
export function mapWorldpayLastEvent(lastEvent: string): PaymentStatus {
  return Object.hasOwn(MAP, lastEvent) ? MAP[lastEvent]! : "PENDING";
}

/** A failure code and message for the states that end without payment. */
export function worldpayFailure(lastEvent: string): { code: string; message: string } | null {
  const status = mapWorldpayLastEvent(lastEvent);
  if (status !== "FAILED") return null;
  const messages: Record<string, string> = {
    refused: "Bancontact refused the payment",
    refusedByIssuer: "The shopper's bank refused the payment",
    settlementFailed: "Worldpay could not collect the funds",
  };
  return { code: lastEvent, message: messages[lastEvent] ?? "Worldpay reported an error on the payment" };
}

/**
 * One refund's last event → its state. sentForRefund (or no event yet) is still on its way;
 * refundFailed, refundExpired and refundReversed mean the money did not reach the cardholder.
 */
export function worldpayRefundState(lastEvent: string | null): { status: "PENDING" | "SUCCEEDED" | "FAILED"; failureMessage?: string } {
  if (lastEvent === "refunded") return { status: "SUCCEEDED" };
  if (lastEvent === "refundFailed" || lastEvent === "refundExpired" || lastEvent === "refundReversed") {
    return { status: "FAILED", failureMessage: `Worldpay reports the refund as ${lastEvent}` };
  }
  return { status: "PENDING" };
}
