// Merchant API: read one of the merchant's schedules, or stop it (DELETE).
import { withApiKey } from "@/lib/access/api-key";
import { deleteSchedule, getSchedule } from "@/lib/api/linked-cards-api";

export const GET = withApiKey<{ id: string }>((_request, { merchant, params }) => getSchedule(merchant, params.id));
export const DELETE = withApiKey<{ id: string }>((_request, { merchant, params }) => deleteSchedule(merchant, params.id));
