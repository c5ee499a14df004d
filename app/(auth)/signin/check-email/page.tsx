// After asking for a sign-in link.
import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/sign-in-link";
import { fill } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { openToAnyone } from "@/lib/access/pages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage() {
  openToAnyone();
  const { locale, m } = await getI18n();
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-bold">{m.auth.checkEmailTitle}</h1>
        <p className="mt-4" role="status">
          {fill(m.auth.checkEmailBody, { minutes: SIGN_IN_LINK_MINUTES })}
        </p>
      </main>
    </>
  );
}
