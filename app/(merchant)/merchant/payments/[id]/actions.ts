"use server";
// Back office: refund one of the merchant's payments, in full or in part.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/access/pages";
import { parseRefundForm, type RefundFormField } from "@/lib/backoffice/refund-form";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/registry";
import { refundPayment } from "@/lib/refunds/refund-payment";

export type RefundState = { fields?: RefundFormField[]; refusal?: string; done?: { amount: number; status: string } } | undefined;

export async function refundAction(_prev: RefundState, formData: FormData): Promise<RefundState> {
  const user = await requireStaff();
  const parsed = parseRefundForm(formData);
  if (!parsed.ok) return { fields: parsed.fields };
  try {
    const refund = await refundPayment(await db(), getProvider, user.merchantId, parsed.paymentId, { amount: parsed.amount, reason: parsed.reason });
    revalidatePath(`/merchant/payments/${parsed.paymentId}`);
    return { done: { amount: refund.amount, status: refund.status } };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // The domain names the rule a refund breaks on the amount field; otherwise its code says why.
    return { refusal: error.fields.find((f) => f.field === "amount")?.message ?? error.code, fields: error.fields.some((f) => f.field === "amount") ? ["amount"] : undefined };
  }
}
