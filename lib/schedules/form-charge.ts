// The dashboard's "Charge this card" form, charged at most once per render: the page makes a
// random single-use nonce on the server for each form it renders; the nonce is the charge's
// Idempotency-Key through the same helper as the API (lib/api/idempotency.ts, scoped to the
// merchant), so a form posted twice gets the first answer and nothing more is charged or
// scheduled. A refusal made before anything happened frees the nonce, as it frees an API key.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { idempotent, requestFingerprint } from "../api/idempotency";
import type { ChargeCardDeps } from "../cards/charge-card";
import { chargeCardAsMerchant } from "./create-schedule";
import type { CardChargeInput } from "./schemas";

/** 24 characters of base64url: 18 random bytes. */
export const FormNonceSchema = z.string().regex(/^[A-Za-z0-9_-]{24}$/);

export function newFormNonce(): string {
  return randomBytes(18).toString("base64url");
}

/** What the form shows: the first charge's payment status and the schedule's next date, or an error code. */
export type FormChargeAnswer = { paymentStatus: string; nextChargeAt: string | null } | { error: string };

const Stored = z.union([
  z.object({ paymentStatus: z.string(), nextChargeAt: z.string().nullable() }),
  z.object({ error: z.object({ code: z.string() }) }).transform((b) => ({ error: b.error.code })),
]);

export async function chargeCardFromForm(
  deps: ChargeCardDeps,
  merchantId: string,
  nonce: string,
  charge: { cardId: string; input: CardChargeInput },
): Promise<{ answer: FormChargeAnswer; replayed: boolean }> {
  const fingerprint = requestFingerprint("POST", "/merchant/cards", charge);
  const result = await idempotent(deps.db, merchantId, `dashboard-charge:${nonce}`, fingerprint, async () => {
    const r = await chargeCardAsMerchant(deps, merchantId, charge.cardId, charge.input);
    const payment = await deps.db.payment.findUniqueOrThrow({ where: { id: r.charge.paymentId }, select: { status: true } });
    return { status: 201, body: { paymentStatus: payment.status, nextChargeAt: r.schedule?.nextChargeAt?.toISOString() ?? null } };
  });
  return { answer: Stored.parse(result.body), replayed: result.replayed };
}
