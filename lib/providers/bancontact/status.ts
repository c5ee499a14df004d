// Bancontact Payment API v3 statuses → our payment states. AUTHORIZED and
// PENDING_MERCHANT_ACKNOWLEDGEMENT are not final; VOIDED after a success is a reversal.
import type { PaymentStatus } from "../../payments/states";
import type { BancontactStatus } from "./schemas";

export function mapBancontactStatus(status: BancontactStatus, succeededAt: string | undefined): PaymentStatus {
  switch (status) {
    case "PENDING":
      return "PENDING";
    case "IDENTIFIED":
      return "IDENTIFIED";
    case "AUTHORIZED":
    case "PENDING_MERCHANT_ACKNOWLEDGEMENT":
      return "AUTHORIZED";
    case "AUTHORIZATION_FAILED":
    case "FAILED":
      return "FAILED";
    case "SUCCEEDED":
      return "PAID";
    case "CANCELLED":
      return "CANCELLED";
    case "EXPIRED":
      return "EXPIRED";
    case "VOIDED":
      // Voided once paid is money going back; voided before success never took money.
      return succeededAt ? "REVERSED" : "CANCELLED";
  }
}
