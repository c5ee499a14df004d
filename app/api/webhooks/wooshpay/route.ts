// WooshPay webhooks: verified (timestamped HMAC), stored, applied once.
import { webhookHandler } from "@/lib/webhooks/route";

export const POST = webhookHandler("wooshpay");
