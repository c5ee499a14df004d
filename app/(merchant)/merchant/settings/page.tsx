// Back office (staff only): the merchant's checkout settings.
import type { Metadata } from "next";
import Link from "next/link";
import { BrandForm } from "@/components/merchant/brand-form";
import { LinkingForm } from "@/components/merchant/linking-form";
import { ProvidersForm } from "@/components/merchant/providers-form";
import { WipMaxForm } from "@/components/merchant/wip-max-form";
import { requireStaff } from "@/lib/access/pages";
import { getI18n } from "@/lib/i18n/server";
import { db } from "@/lib/db/client";
import { centsToDecimalString } from "@/lib/payments/money";
import { PROVIDER_IDS, PROVIDER_NAMES } from "@/lib/payments/providers";
import { merchantWipMax } from "@/lib/payments/wip";
import { availableProviderIds } from "@/lib/providers/registry";
import { linkingCandidates } from "@/lib/cards/linking-settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout settings" };

export default async function SettingsPage() {
  const user = await requireStaff();
  const [merchant, { locale, m }] = await Promise.all([(await db()).merchant.findUniqueOrThrow({ where: { id: user.merchantId } }), getI18n()]);
  const linkers = linkingCandidates(merchant, availableProviderIds());
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-bold">Checkout settings</h1>
      <p className="mt-1">
        <Link href="/merchant" className="text-brand underline">
          Back to payments
        </Link>
        {" · "}
        <Link href="/merchant/terms" className="text-brand underline">
          {m.terms.title}
        </Link>
      </p>
      <BrandForm m={m.brand} values={{ name: merchant.name, address: merchant.address, logoUrl: merchant.logoUrl ?? "" }} />
      <WipMaxForm m={m.wipMax} value={centsToDecimalString(merchantWipMax(merchant))} />
      <LinkingForm
        m={m.linking}
        options={linkers.map((id) => ({ id, name: PROVIDER_NAMES[id] }))}
        chosen={linkers.find((p) => p === merchant.linkingProvider) ?? null}
        amount={centsToDecimalString(merchant.verificationAmount)}
        locale={locale}
      />
      <ProvidersForm options={PROVIDER_IDS.filter((id) => availableProviderIds().includes(id)).map((id) => ({ id, name: PROVIDER_NAMES[id] }))} enabled={merchant.enabledProviders} />
    </main>
  );
}
