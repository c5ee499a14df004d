// Merchant API: the merchant's linked cards, newest first (limit, cursor).
import { withApiKey } from "@/lib/access/api-key";
import { listLinkedCards } from "@/lib/api/linked-cards-api";

export const GET = withApiKey((request, { merchant }) => listLinkedCards(request, merchant));
