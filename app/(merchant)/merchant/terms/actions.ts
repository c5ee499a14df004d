"use server";
// Back office: save the merchant's terms for saved cards as a new version.
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/access/pages";
import { saveTerms } from "@/lib/cards/terms";
import { TermsTextSchema } from "@/lib/cards/terms-rules";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export type TermsState = { fieldErrors?: { text?: "invalid" | "conflict" }; saved?: { version: number; created: boolean } } | undefined;

export async function saveTermsAction(_prev: TermsState, formData: FormData): Promise<TermsState> {
  const user = await requireStaff();
  const text = TermsTextSchema.safeParse(formData.get("text") ?? "");
  if (!text.success) return { fieldErrors: { text: "invalid" } };
  try {
    const saved = await saveTerms(await db(), user.merchantId, user.id, text.data);
    revalidatePath("/merchant/terms");
    return { saved };
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return { fieldErrors: { text: "conflict" } };
    throw error;
  }
}
