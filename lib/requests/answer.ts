// The merchant's answer to a cardholder's request: approve a refund in full or in part (the refund
// goes through refundPayment), decline with a reason the cardholder sees, or answer a dispute.
// The request row is locked and must still be SENT, so two staff approving at once make one
// refund. The cardholder is mailed the outcome, in their language, through the outbox.
import { z } from "zod";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { env } from "../env";
import { cardholderLinks } from "../links/urls";
import { deliverMailIn } from "../mail/send";
import type { ProviderId } from "../payments/providers";
import type { PaymentProvider } from "../providers/types";
import { refundPayment } from "../refunds/refund-payment";
import { outcomeMail, type Outcome } from "./answer-mail";

const RequestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, "not a request id");
const TextSchema = z.string().trim().min(3, "at least 3 characters").max(2000, "at most 2,000 characters");

export const AnswerSchema = z.discriminatedUnion("decision", [
  // amount: integer cents; none = what the cardholder asked (or all that remains).
  z.object({ decision: z.literal("approve"), requestId: RequestIdSchema, amount: z.number().int().min(1, "at least 1 cent").optional() }),
  z.object({ decision: z.literal("decline"), requestId: RequestIdSchema, reason: TextSchema }),
  z.object({ decision: z.literal("answer"), requestId: RequestIdSchema, answer: TextSchema }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export type AnswerDeps = { db: Db; providers: (id: ProviderId) => PaymentProvider | undefined; smtpUrl: string | undefined; appUrl: string };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Locks the merchant's request and checks it can still take this decision. */
async function lockOpen(tx: Tx, merchantId: string, requestId: string, kinds: string[]) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "CardholderRequest" WHERE id = ${requestId} AND "merchantId" = ${merchantId} FOR UPDATE`;
  if (!locked[0]) throw new AppError("not_found", "request not found");
  const request = await tx.cardholderRequest.findUniqueOrThrow({ where: { id: requestId } });
  if (!kinds.includes(request.kind)) throw new AppError("invalid_request", `a ${request.kind} request cannot be answered this way`, [{ field: "decision", message: "not for this kind of request" }]);
  if (request.status !== "SENT") throw new AppError("conflict", "this request was already answered");
  return request;
}

async function mailOutcome(tx: Tx, deps: AnswerDeps, request: { id: string; email: string; locale: string | null; paymentId: string; merchantId: string }, outcome: Outcome, amount: number | null, answer: string | null) {
  const merchant = await tx.merchant.findUniqueOrThrow({ where: { id: request.merchantId }, select: { name: true } });
  const link = (await cardholderLinks(deps.appUrl, env().authSecret, request.paymentId)).requests;
  const mail = outcomeMail({ locale: request.locale, merchant: merchant.name, outcome, amount, answer, link });
  await deliverMailIn(tx, { to: request.email, ...mail, kind: "request-outcome", paymentId: request.paymentId }, { smtpUrl: deps.smtpUrl });
}

export async function answerRequest(deps: AnswerDeps, merchantId: string, input: unknown) {
  const parsed = AnswerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_request", "invalid answer", parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "decision"), message: i.message })));
  const a = parsed.data;
  if (a.decision !== "approve") {
    return deps.db.$transaction(async (tx) => {
      const request = await lockOpen(tx, merchantId, a.requestId, a.decision === "decline" ? ["refund", "stop"] : ["dispute"]);
      const text = a.decision === "decline" ? a.reason : a.answer;
      const updated = await tx.cardholderRequest.update({ where: { id: request.id }, data: { status: a.decision === "decline" ? "DECLINED" : "ANSWERED", merchantAnswer: text, answeredAt: new Date() } });
      await mailOutcome(tx, deps, request, a.decision === "decline" ? "declined" : "answered", null, text);
      return updated;
    });
  }
  // Claimed first (APPROVED / PART_APPROVED, under the lock): a second approval finds it answered.
  const claimed = await deps.db.$transaction(async (tx) => {
    const request = await lockOpen(tx, merchantId, a.requestId, ["refund"]);
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: request.paymentId }, select: { capturedAmount: true, refundedAmount: true } });
    const asked = request.amount ?? payment.capturedAmount - payment.refundedAmount;
    const amount = a.amount ?? asked;
    if (amount > asked) throw new AppError("refund_not_allowed", "more than the cardholder asked for", [{ field: "amount", message: "amount_above_request" }]);
    const status = amount < asked ? "PART_APPROVED" : "APPROVED";
    await tx.cardholderRequest.update({ where: { id: request.id }, data: { status, approvedAmount: amount, answeredAt: new Date() } });
    return { request, amount, status };
  });
  const { request, amount, status } = claimed;
  let refund;
  try {
    refund = await refundPayment(deps.db, deps.providers, merchantId, request.paymentId, { amount, reason: request.reason.slice(0, 255) });
  } catch (error) {
    // Refused before or by the provider: nothing was refunded, the request is open again. An
    // unknown outcome (the provider did not answer) keeps it approved, as the refund stays reserved.
    if (!(error instanceof AppError && error.code === "provider_unavailable")) {
      await deps.db.cardholderRequest.update({ where: { id: request.id }, data: { status: "SENT", approvedAmount: null, answeredAt: null } });
    }
    throw error;
  }
  return deps.db.$transaction(async (tx) => {
    await tx.refund.update({ where: { id: refund.id }, data: { requestId: request.id } });
    const updated = await tx.cardholderRequest.update({ where: { id: request.id }, data: { refundId: refund.id, status: refund.status === "SUCCEEDED" ? "REFUNDED" : status } });
    await mailOutcome(tx, deps, request, status === "PART_APPROVED" ? "part-approved" : "approved", amount, null);
    return updated;
  });
}
