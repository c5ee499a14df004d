// Merchant API: create a checkout (bearer API key, Idempotency-Key).
import { postCheckout } from "@/lib/api/checkouts-api";

export const POST = postCheckout;
