// Back office (staff only): the merchant's terms for saved cards, and their versions.
import type { Metadata } from "next";
import { PageHeading } from "@/components/page-heading";
import { TermsForm } from "@/components/merchant/terms-form";
import { requireStaff } from "@/lib/access/pages";
import { termsVersions } from "@/lib/cards/terms";
import { db } from "@/lib/db/client";
import { fill, formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Terms for saved cards" };

export default async function TermsPage() {
  const user = await requireStaff();
  const [versions, { locale, m }] = await Promise.all([termsVersions(await db(), user.merchantId), getI18n()]);
  const current = versions[0];
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <PageHeading title={m.terms.title} back={{ href: "/merchant/settings", label: m.terms.back }} />
      <p className="mt-4 text-stone-700">{m.terms.intro}</p>
      <p className="mt-2" data-testid="terms-current">
        {current ? fill(m.terms.current, { version: current.version, count: current.acceptances }) : m.terms.none}
      </p>
      <TermsForm m={m.terms} text={current?.text ?? ""} />
      {versions.length > 0 && (
        <>
          <h2 className="mt-6 text-lg font-semibold">{m.terms.versions}</h2>
          <ul className="mt-2 flex flex-col gap-1">
            {versions.map((v) => (
              <li key={v.id}>{fill(m.terms.versionLine, { version: v.version, date: formatDateTime(v.createdAt, locale), count: v.acceptances })}</li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
