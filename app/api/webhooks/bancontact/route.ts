// Bancontact Payment API v3 callbacks: detached JWS verified against the JWKS, stored, applied once.
import { webhookHandler } from "@/lib/webhooks/route";

export const POST = webhookHandler("bancontact");
