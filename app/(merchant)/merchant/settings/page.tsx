// Back office (staff only): the merchant's checkout settings.
import type { Metadata } from "next";
import Link from "next/link";
import { BrandForm } from "@/components/merchant/brand-form";
import { LinkingForm } from "@/components/merchant/linking-form";
import { RoutingForm } from "@/components/merchant/routing-form";
import { WipMaxForm } from "@/components/merchant/wip-max-form";
import { requireStaff } from "@/lib/access/pages";
import { getI18n } from "@/lib/i18n/server";
import { db } from "@/lib/db/client";
import { centsToDecimalString } from "@/lib/payments/money";
import { PROVIDER_IDS, PROVIDER_NAMES } from "@/lib/payments/providers";
import { merchantWipMax } from "@/lib/payments/wip";
import { availableProviderIds } from "@/lib/providers/registry";
import { LINKING_PROVIDERS } from "@/lib/cards/linking-providers";
import { linkingRoute, paymentRoute } from "@/lib/routing/route";
import { routeRows } from "@/lib/routing/settings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Checkout settings" };

type Query = { routing?: string; route?: string };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const user = await requireStaff();
  const [merchant, { locale, m }, q] = await Promise.all([(await db()).merchant.findUniqueOrThrow({ where: { id: user.merchantId } }), getI18n(), searchParams]);
  const available = availableProviderIds();
  const named = (rows: { id: (typeof PROVIDER_IDS)[number]; used: boolean }[]) => rows.map((r) => ({ ...r, name: PROVIDER_NAMES[r.id] }));
  const payRows = named(routeRows(paymentRoute(merchant, available), PROVIDER_IDS.filter((id) => available.includes(id))));
  const linkRows = named(routeRows(linkingRoute(merchant, available), LINKING_PROVIDERS.filter((id) => available.includes(id))));
  const outcome = (kind: string) => (q.route === kind && typeof q.routing === "string" ? q.routing : null);
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
      <RoutingForm kind="payment" heading={m.routing.paymentHeading} intro={m.routing.paymentIntro} rows={payRows} m={m.routing} outcome={outcome("payment")} />
      <RoutingForm kind="linking" heading={m.routing.linkingHeading} intro={m.routing.linkingIntro} rows={linkRows} m={m.routing} outcome={outcome("linking")} />
      <LinkingForm m={m.linking} amount={centsToDecimalString(merchant.verificationAmount)} locale={locale} />
    </main>
  );
}
