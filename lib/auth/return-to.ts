// Where a cardholder's sign-in link brings them back to. Only our own pages that ask for a
// sign-in on the way (a checkout saving a card, the account, a charge waiting for the cardholder, a receipt and its requests) are accepted: anything else would
// make the sign-in link an open redirect.
import { z } from "zod";

export const ReturnToSchema = z.string().regex(/^\/(checkout\/chk_[a-z2-7]{20}|account(\/cards|\/charges\/pay_[a-z2-7]{20})?|payments\/pay_[a-z2-7]{20}\/(receipt|refund|dispute|stop|requests))$/);

export function returnTo(value: unknown): string {
  const parsed = ReturnToSchema.safeParse(value);
  return parsed.success ? parsed.data : "/account";
}
