// A charge on the signed-in cardholder's linked card, reached from the mail asking them to confirm
// it: the QR code, the app link, the bank page, and the live result. Only the card's cardholder.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/site-header";
import { WaitingCharge } from "@/components/account/waiting-charge";
import { requireCardOwner } from "@/lib/access/pages";
import { isMobileUserAgent } from "@/lib/checkouts/device";
import { db } from "@/lib/db/client";
import { getI18n } from "@/lib/i18n/server";
import { cardholderCharge } from "@/lib/notifications/charge-page";
import { notificationTexts } from "@/lib/notifications/texts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment", robots: { index: false } };

export default async function ChargePage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const owner = await requireCardOwner(`/account/charges/${paymentId}`);
  const [{ locale, m }, charge] = await Promise.all([getI18n(), cardholderCharge(await db(), owner.id, paymentId)]);
  if (!charge) notFound();
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <WaitingCharge
          charge={charge}
          t={notificationTexts(locale)}
          statusLabel={m.checkout.status[charge.status]}
          expiresIn={m.checkout.qr.expiresIn}
          locale={locale}
          mobile={isMobileUserAgent((await headers()).get("user-agent"))}
        />
      </main>
    </>
  );
}
