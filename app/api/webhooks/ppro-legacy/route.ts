// PPRO TRANSACTION API notifications: unsigned, so only their TXID is used, confirmed by GETTXSTATUS.
import { webhookHandler } from "@/lib/webhooks/route";

export const POST = webhookHandler("ppro-legacy");
