// Merchant API: create a checkout (bearer API key, Idempotency-Key).
import { withApiKey } from "@/lib/access/api-key";
import { postCheckout } from "@/lib/api/checkouts-api";

export const POST = withApiKey((request, { merchant }) => postCheckout(request, merchant));
