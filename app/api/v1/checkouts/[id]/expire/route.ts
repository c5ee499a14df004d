// Merchant API: end one of the merchant's checkouts so that it can no longer be paid.
import { withApiKey } from "@/lib/access/api-key";
import { postExpireCheckout } from "@/lib/api/checkouts-api";

export const POST = withApiKey<{ id: string }>((_request, { merchant, params }) => postExpireCheckout(merchant, params.id));
