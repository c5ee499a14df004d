"use server";
// Language switcher: remembers the chosen language in a cookie for a year.
import { cookies } from "next/headers";
import { openToAnyone } from "@/lib/access/pages";
import { isLocale } from "@/lib/i18n/locales";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";

export async function setLocale(formData: FormData): Promise<void> {
  openToAnyone();
  const value = formData.get("locale");
  if (!isLocale(value)) return;
  (await cookies()).set(LOCALE_COOKIE, value, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
