// The shopper-facing sandbox pages' language: the one every other page of the request uses.
import "server-only";
import { getLocale } from "../i18n/server";
import type { Locale } from "../i18n/locales";
import { sandboxTexts, type SandboxTexts } from "./texts";

export async function getSandboxTexts(): Promise<{ locale: Locale; t: SandboxTexts }> {
  const locale = await getLocale();
  return { locale, t: sandboxTexts(locale) };
}
