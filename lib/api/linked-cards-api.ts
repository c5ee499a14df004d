// The merchant API's linked cards and schedules, behind the thin route files in app/api/v1
// (which authenticate the key: lib/access/api-key.ts). Every query is scoped to the key's
// merchant: another merchant's card or schedule is 404.
import { z } from "zod";
import { db } from "../db/client";
import type { Merchant } from "../db/generated/client";
import { env } from "../env";
import { AppError } from "../errors";
import { getProvider } from "../providers/registry";
import { merchantCards } from "../cards/merchant-cards";
import { chargeCardAsMerchant } from "../schedules/create-schedule";
import { merchantSchedule, stopScheduleAsMerchant } from "../schedules/merchant-schedules";
import { scheduleView } from "../schedules/views";
import { idempotent, readIdempotencyKey, requestFingerprint } from "./idempotency";
import { errorResponse, json, readJson, zodFields } from "./respond";
import { paymentView } from "./views";

const ListQuerySchema = z.strictObject({
  limit: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(100, "must be at most 100").default(20),
  cursor: z.string().min(1).max(64).optional(),
});

export async function listLinkedCards(request: Request, merchant: Merchant): Promise<Response> {
  try {
    const parsed = ListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      const fields = zodFields(parsed.error);
      throw new AppError("invalid_request", `invalid ${fields.map((f) => f.field).join(", ")}`, fields);
    }
    const page = await merchantCards(await db(), merchant.id, parsed.data);
    return json({ object: "list", data: page.cards.map((c) => ({ object: "linked_card", ...c, linkedAt: c.linkedAt.toISOString(), lastUsedAt: c.lastUsedAt.toISOString() })), nextCursor: page.nextCursor }, 200);
  } catch (error) {
    return errorResponse(error);
  }
}

/** What the merchant reads of a charge's status: PENDING means the cardholder is asked to authenticate. */
const outcome = (status: string) => (status === "PAID" ? "paid" : status === "FAILED" ? "failed" : status === "PENDING" ? "waiting_for_cardholder" : "processing");

export async function postCardCharge(request: Request, merchant: Merchant, cardId: string): Promise<Response> {
  try {
    const prisma = await db();
    const key = readIdempotencyKey(request.headers);
    const { value } = await readJson(request);
    const fingerprint = requestFingerprint("POST", `/api/v1/linked-cards/${cardId}/charges`, value);
    const result = await idempotent(prisma, merchant.id, key, fingerprint, async () => {
      const r = await chargeCardAsMerchant({ db: prisma, provider: getProvider, appUrl: env().appUrl }, merchant.id, cardId, value);
      const payment = await prisma.payment.findUniqueOrThrow({ where: { id: r.charge.paymentId } });
      return { status: 201, body: { object: "card_charge", outcome: outcome(payment.status), payment: paymentView(payment), schedule: r.schedule ? scheduleView(r.schedule) : null } };
    });
    return json(result.body, result.status, result.replayed ? { "idempotent-replayed": "true" } : {});
  } catch (error) {
    return errorResponse(error);
  }
}

export async function getSchedule(merchant: Merchant, id: string): Promise<Response> {
  try {
    return json(scheduleView(await merchantSchedule(await db(), merchant.id, id)), 200);
  } catch (error) {
    return errorResponse(error);
  }
}

export async function deleteSchedule(merchant: Merchant, id: string): Promise<Response> {
  try {
    return json(scheduleView(await stopScheduleAsMerchant(await db(), merchant.id, id)), 200);
  } catch (error) {
    return errorResponse(error);
  }
}
