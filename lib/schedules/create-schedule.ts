// A merchant charges one of its linked cards: once, or as the first charge of a schedule
// (monthly, or a number of instalments). The first charge is made here, synchronously, so the
// merchant sees its outcome or refusal at once; the later ones fall due (run-due.ts).
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { newId } from "../ids";
import { zodFields } from "../api/respond";
import { chargeLinkedCard, type ChargeCardDeps, type ChargeCardResult } from "../cards/charge-card";
import { checkWipCharge, merchantWipMax, WipRefusedError } from "../payments/wip";
import { afterCharge, chargeOrderReference } from "./next-charge";
import { CardChargeSchema } from "./schemas";
import { DECLINED, refusalOf } from "./refusal";
import type { WipSchedule } from "../db/generated/client";

export type MerchantChargeResult = { charge: ChargeCardResult; schedule: WipSchedule | null };

/** The body, parsed: a 400 naming each bad field. */
export function parseCardCharge(value: unknown) {
  const parsed = CardChargeSchema.safeParse(value);
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    throw new AppError("invalid_request", `invalid ${fields.map((f) => f.field).join(", ")}`, fields);
  }
  return parsed.data;
}

export async function chargeCardAsMerchant(deps: ChargeCardDeps, merchantId: string, cardId: string, body: unknown): Promise<MerchantChargeResult> {
  const input = parseCardCharge(body);
  const now = (deps.now ?? (() => new Date()))();
  const db: Db = deps.db;
  // Another merchant's card is "not found": its existence is not disclosed.
  const card = await db.linkedCard.findFirst({ where: { id: cardId, merchantId }, select: { id: true, cardholderId: true } });
  if (!card?.cardholderId) throw new AppError("not_found", "linked card not found", [{ field: "card", message: "not found" }]);

  if (!input.schedule) {
    const charge = await chargeLinkedCard(deps, { initiation: "merchant", cardId, merchantId, amount: input.amount, currency: input.currency, description: input.description, orderReference: input.reference });
    return { charge, schedule: null };
  }

  // A schedule whose charges could never go out is refused before anything is stored.
  const merchant = await db.merchant.findUniqueOrThrow({ where: { id: merchantId }, select: { wipMaxAmount: true } });
  const refusal = checkWipCharge({ amount: input.amount, currency: input.currency, merchantMax: merchantWipMax(merchant) });
  if (refusal) throw new WipRefusedError(refusal);

  const kind = input.schedule.type;
  const instalments = input.schedule.type === "instalments" ? input.schedule.count : null;
  const scheduleId = newId("sch");
  const taken = () =>
    new AppError("conflict", `a schedule with reference ${input.reference} already exists`, [{ field: "reference", message: "is already used by another schedule of yours" }]);
  // One schedule per reference: a creation retried after an unclear answer finds the first one
  // (409) instead of setting up a second that would charge every period twice.
  if (await db.wipSchedule.findUnique({ where: { merchantId_reference: { merchantId, reference: input.reference } }, select: { id: true } })) throw taken();
  // Stored with its first charge already counted (claimed), so no runner can take it too.
  try {
    await db.wipSchedule.create({
      data: {
        id: scheduleId,
        merchantId,
        cardId,
        cardholderId: card.cardholderId,
        kind,
        amount: input.amount,
        currency: input.currency,
        description: input.description,
        reference: input.reference,
        instalments,
        createdAt: now,
        ...afterCharge({ kind, instalments, anchor: now }, 1),
      },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw taken();
    throw error;
  }
  let charge: ChargeCardResult;
  try {
    charge = await chargeLinkedCard(deps, {
      initiation: "merchant",
      cardId,
      merchantId,
      amount: input.amount,
      currency: input.currency,
      description: input.description,
      orderReference: chargeOrderReference(input.reference, 1),
      scheduleId,
      occurrence: 1,
    });
  } catch (error) {
    // Refused before any payment was made (terms, card, limits): no schedule either. The provider
    // refused the first charge: the schedule stops there. No answer (the charge may have gone
    // through): it stays, saying why, and the payment's outcome decides.
    const made = await db.payment.count({ where: { scheduleId } });
    if (made === 0) await db.wipSchedule.delete({ where: { id: scheduleId } });
    else if (error instanceof AppError && error.code === "provider_rejected") await stopAfterFirstCharge(db, scheduleId, refusalOf(error), now);
    else await db.wipSchedule.update({ where: { id: scheduleId }, data: { lastRefusal: refusalOf(error) } });
    throw error;
  }
  // A first charge the bank declined does not start a subscription.
  const schedule = charge.status === "FAILED" ? await stopAfterFirstCharge(db, scheduleId, DECLINED, now) : await db.wipSchedule.findUniqueOrThrow({ where: { id: scheduleId } });
  return { charge, schedule };
}

function stopAfterFirstCharge(db: Db, scheduleId: string, refusal: string, now: Date) {
  return db.wipSchedule.update({ where: { id: scheduleId }, data: { status: "STOPPED", stoppedBy: "first-charge-failed", stoppedAt: now, nextChargeAt: null, lastRefusal: refusal } });
}
