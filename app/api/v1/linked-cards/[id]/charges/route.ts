// Merchant API: charge one of the merchant's linked cards, once or on a schedule (Idempotency-Key).
import { withApiKey } from "@/lib/access/api-key";
import { postCardCharge } from "@/lib/api/linked-cards-api";

export const POST = withApiKey<{ id: string }>((request, { merchant, params }) => postCardCharge(request, merchant, params.id));
