// Merchant API: read one of the merchant's checkouts with its payments.
import { withApiKey } from "@/lib/access/api-key";
import { getCheckout } from "@/lib/api/checkouts-api";

export const GET = withApiKey<{ id: string }>((_request, { merchant, params }) => getCheckout(merchant, params.id));
