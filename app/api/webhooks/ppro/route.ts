// PPRO webhooks (payment charge and agreement events).
import { webhookHandler } from "@/lib/webhooks/route";

export const POST = webhookHandler("ppro");
