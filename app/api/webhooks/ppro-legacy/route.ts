// PPRO TRANSACTION API notifications: unsigned, so only their TXID is used, confirmed by GETTXSTATUS.
import { withWebhook } from "@/lib/access/routes";
import { receiveWebhookRequest } from "@/lib/webhooks/route";

export const POST = withWebhook("ppro-legacy", receiveWebhookRequest);
