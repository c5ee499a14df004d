// Bancontact Payment API v3 callbacks: detached JWS verified against the JWKS, stored, applied once.
import { withWebhook } from "@/lib/access/routes";
import { receiveWebhookRequest } from "@/lib/webhooks/route";

export const POST = withWebhook("bancontact", receiveWebhookRequest);
