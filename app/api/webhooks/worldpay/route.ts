// Worldpay Events webhooks: unsigned, so only used as a cue to read the payment from Worldpay.
import { withWebhook } from "@/lib/access/routes";
import { receiveWebhookRequest } from "@/lib/webhooks/route";

export const POST = withWebhook("worldpay", receiveWebhookRequest);
