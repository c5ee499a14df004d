// The 404 page for every unknown address and every page that answers notFound(): the site
// header with the shop's (or the installation's) name, in the shopper's language, a way home.
import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { demoShopOpen } from "@/lib/access/pages";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n();
  return { title: m.errorPages.notFoundTitle, robots: { index: false } };
}

export default async function NotFound() {
  const { locale, m } = await getI18n();
  const brand = demoShopOpen() ? { name: m.shop.title, href: "/" } : undefined;
  return (
    <>
      <SiteHeader locale={locale} m={m} brand={brand} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-12">
        <p className="text-sm font-semibold text-stone-700">404</p>
        <h1 className="mt-1 text-2xl font-bold">{m.errorPages.notFoundTitle}</h1>
        <p className="mt-3">{m.errorPages.notFoundBody}</p>
        <p className="mt-6">
          <Link href="/" className="inline-block rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark">
            {m.errorPages.home}
          </Link>
        </p>
      </main>
    </>
  );
}
