// Merchant API: refund one of the merchant's payments, in full or in part (Idempotency-Key).
import { withApiKey } from "@/lib/access/api-key";
import { postRefund } from "@/lib/api/refunds-api";

export const POST = withApiKey<{ id: string }>((request, { merchant, params }) => postRefund(request, merchant, params.id));
