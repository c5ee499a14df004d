// Merchant API: read one of the merchant's payments.
import { withApiKey } from "@/lib/access/api-key";
import { getPayment } from "@/lib/api/checkouts-api";

export const GET = withApiKey<{ id: string }>((_request, { merchant, params }) => getPayment(merchant, params.id));
