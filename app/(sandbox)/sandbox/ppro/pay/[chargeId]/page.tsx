// PPRO sandbox bank page (the REDIRECT authentication method): approve, decline or leave a
// Bancontact payment, then back to the shop.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSandbox } from "@/lib/access/pages";
import { fill } from "@/lib/i18n/format";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import { findCharge } from "@/lib/sandboxes/ppro/store";
import { BankView } from "../../bank-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.authoriseTitle };
}

export default async function PproPayPage({ params }: { params: Promise<{ chargeId: string }> }) {
  requireSandbox();
  const [{ chargeId }, { locale, t }] = await Promise.all([params, getSandboxTexts()]);
  const charge = await findCharge(chargeId);
  if (!charge || !charge.data.returnUrl) notFound();
  return <BankView charge={charge} locale={locale} t={t} title="Bancontact" subtitle={fill(t.testBank, { provider: "PPRO" })} action={`/sandbox/ppro/pay/${charge.id}/decide`} />;
}
