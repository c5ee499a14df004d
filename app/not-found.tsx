// What an address that leads nowhere shows: the site's header and a way home, in the visitor's language.
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { getI18n } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "404", robots: { index: false } };

export default async function NotFound() {
  const { locale, m } = await getI18n();
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-lg px-4 py-12">
        <h1 className="text-2xl font-bold">{m.common.notFoundTitle}</h1>
        <p className="mt-2 text-stone-700">{m.common.notFoundText}</p>
        <p className="mt-6">
          <Link href="/" className="text-brand underline">
            {m.common.home}
          </Link>
        </p>
      </main>
    </>
  );
}
