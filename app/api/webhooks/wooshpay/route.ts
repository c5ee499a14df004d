// WooshPay webhooks: verified (timestamped HMAC), stored, applied once.
import { withWebhook } from "@/lib/access/routes";
import { receiveWebhookRequest } from "@/lib/webhooks/route";

export const POST = withWebhook("wooshpay", receiveWebhookRequest);
