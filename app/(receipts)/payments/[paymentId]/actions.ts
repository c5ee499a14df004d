"use server";
// Sending a cardholder's request (refund, dispute, stop future payments) from its page: access
// as for the page, then lib/requests/create.ts; back to the form with the field that was wrong,
// or on to the progress page.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePaymentReader } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getLocale } from "@/lib/i18n/server";
import { cardholderPath } from "@/lib/links/urls";
import { createRequestFromForm, requesterFor } from "@/lib/requests/create";

const PageSchema = z.enum(["refund", "dispute", "stop"]).catch("refund");

const withQuery = (path: string, query: Record<string, string>) => {
  const q = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ""));
  return q.size ? `${path}?${q}` : path;
};

export async function sendRequestAction(formData: FormData): Promise<void> {
  const page = PageSchema.parse(formData.get("kind"));
  const paymentId = String(formData.get("paymentId") ?? "");
  const token = typeof formData.get("t") === "string" ? String(formData.get("t")) : "";
  const reader = await requirePaymentReader(paymentId, page, token);
  const fields = Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !["paymentId", "t"].includes(k)));
  let error = "";
  try {
    const prisma = await db();
    await createRequestFromForm(prisma, paymentId, await requesterFor(prisma, reader, await getLocale()), fields);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const f = e.fields[0];
    error = f ? (f.message === "invalid" ? f.field : `${f.field}_${f.message}`) : "generic";
  }
  if (error) redirect(withQuery(cardholderPath(paymentId, page), { t: token, error }));
  redirect(withQuery(cardholderPath(paymentId, "requests"), { t: token, sent: page }));
}
