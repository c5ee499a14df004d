// How a payment's state reads for the merchant's staff. A merchant's own charge on a linked card
// that is PENDING is waiting for the cardholder to authenticate it (the issuer asked; the
// cardholder was mailed), not for a shopper at a checkout.
export function merchantStatusLabel(p: { status: string; initiation: string }): string {
  if (p.status === "PENDING" && p.initiation === "merchant") return "Waiting for the cardholder";
  return p.status;
}
