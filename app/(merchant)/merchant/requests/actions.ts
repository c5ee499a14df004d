"use server";
// Back office: answer a cardholder's request (approve a refund in full or part, decline, answer a dispute).
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/access/pages";
import { answerFromForm } from "@/lib/backoffice/answer-form";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getProvider } from "@/lib/providers/registry";
import { answerRequest } from "@/lib/requests/answer";

export type AnswerState = { fields?: string[]; refusal?: string } | undefined;

export async function answerRequestAction(_prev: AnswerState, formData: FormData): Promise<AnswerState> {
  const user = await requireStaff();
  const read = answerFromForm(formData);
  if (!read.ok) return { fields: [read.field] };
  const e = env();
  let answered: { id: string };
  try {
    answered = await answerRequest({ db: await db(), providers: getProvider, smtpUrl: e.smtpUrl, appUrl: e.appUrl }, user.merchantId, read.answer);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const fields = error.fields.map((f) => f.field);
    if (error.code === "invalid_request" && fields.length > 0) return { fields };
    return { refusal: error.fields.find((f) => f.field === "amount")?.message ?? error.code, fields };
  }
  // The answered request moves to the "Answered" list; the page says so at its top.
  redirect(`/merchant/requests?answered=${encodeURIComponent(answered.id)}`);
}
