// WooshPay PaymentIntent status → our payment state.
import type { PaymentStatus } from "../../payments/states";
import type { PaymentIntent } from "./schemas";

export function mapWooshpayStatus(pi: Pick<PaymentIntent, "status" | "last_payment_error" | "cancellation_reason">): PaymentStatus {
  switch (pi.status) {
    case "requires_payment_method":
      // After a failed authentication the intent goes back to requires_payment_method with the
      // error attached (as Stripe does); without an error it was never confirmed.
      return pi.last_payment_error ? "FAILED" : "CREATED";
    case "requires_confirmation":
      return "CREATED";
    case "requires_action":
      return "PENDING";
    case "processing":
    case "requires_capture":
      return "AUTHORIZED";
    case "succeeded":
      return "PAID";
    case "canceled":
      return pi.cancellation_reason === "expired" ? "EXPIRED" : "CANCELLED";
  }
}
