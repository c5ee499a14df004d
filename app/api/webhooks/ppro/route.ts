// PPRO webhooks (payment charge and agreement events).
import { withWebhook } from "@/lib/access/routes";
import { receiveWebhookRequest } from "@/lib/webhooks/route";

export const POST = withWebhook("ppro", receiveWebhookRequest);
