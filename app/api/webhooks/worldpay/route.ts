// Worldpay Events webhooks: unsigned, so only used as a cue to read the payment from Worldpay.
import { webhookHandler } from "@/lib/webhooks/route";

export const POST = webhookHandler("worldpay");
