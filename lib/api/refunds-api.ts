// The merchant API's refund operation, behind app/api/v1/payments/[id]/refunds.
import { z } from "zod";
import { db } from "../db/client";
import type { Merchant } from "../db/generated/client";
import { AppError } from "../errors";
import { AmountSchema } from "../payments/money";
import { getProvider } from "../providers/registry";
import { refundPayment } from "../refunds/refund-payment";
import { idempotent, readIdempotencyKey, requestFingerprint } from "./idempotency";
import { errorResponse, json, readJson, zodFields } from "./respond";
import { refundView } from "./views";

const CreateRefundSchema = z.strictObject({
  amount: AmountSchema.optional(),
  reason: z.string().trim().min(1).max(255).optional(),
});

export async function postRefund(request: Request, merchant: Merchant, paymentId: string): Promise<Response> {
  try {
    const prisma = await db();
    const key = readIdempotencyKey(request.headers);
    const { value } = await readJson(request);
    const parsed = CreateRefundSchema.safeParse(value);
    if (!parsed.success) {
      const fields = zodFields(parsed.error);
      throw new AppError("invalid_request", `invalid ${fields.map((f) => f.field).join(", ")}`, fields);
    }
    const fingerprint = requestFingerprint("POST", `/api/v1/payments/${paymentId}/refunds`, value);
    const result = await idempotent(prisma, merchant.id, key, fingerprint, async () => {
      const refund = await refundPayment(prisma, getProvider, merchant.id, paymentId, parsed.data);
      return { status: 201, body: refundView(refund) };
    });
    return json(result.body, result.status, result.replayed ? { "idempotent-replayed": "true" } : {});
  } catch (error) {
    return errorResponse(error);
  }
}
