// PPRO transaction status → our payment state. SUCCEEDED is final at PPRO (the bank has paid), so
// there is no AUTHORIZED step on this API.
import type { PaymentStatus } from "../../payments/states";
import type { PproStatus } from "./schemas";

export function mapPproLegacyStatus(status: PproStatus): PaymentStatus {
  switch (status) {
    case "PENDING":
      return "PENDING";
    case "SUCCEEDED":
      return "PAID";
    case "FAILED":
      return "FAILED";
    case "CANCELLED":
      return "CANCELLED";
    case "EXPIRED":
      return "EXPIRED";
  }
}

/** YYYY-MM from either form PPRO uses (YYYY-MM in status answers, YYMM in WIP answers). */
export function normalizeCardExpiry(expiry: string): string {
  return /^\d{4}$/.test(expiry) ? `20${expiry.slice(0, 2)}-${expiry.slice(2)}` : expiry;
}
