// The words for what went wrong sending a request, from the code the action puts in the URL.
import type { ReceiptTexts } from "./texts";

const CODES: Record<string, keyof ReceiptTexts> = {
  amount: "errorAmount",
  amount_too_much: "errorAmount",
  amount_nothing_left: "refundNothing",
  reason: "errorReason",
  message: "errorMessage",
  target: "errorTarget",
  target_not_found: "errorTarget",
  target_nothing_to_stop: "stopNothing",
  kind_duplicate: "errorDuplicate",
  kind_not_paid: "errorNotPaid",
};

export function requestErrorText(code: unknown, t: ReceiptTexts): string | null {
  if (typeof code !== "string" || code === "") return null;
  return t[CODES[code] ?? "errorGeneric"];
}
