// PPRO sandbox Bancontact app (reached from the app simulator with a BEP://…/BEP/LA/ link):
// approve or decline on the phone; the app stays here and shows the result.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSandbox } from "@/lib/access/pages";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import { findCharge } from "@/lib/sandboxes/ppro/store";
import { BankView } from "../../bank-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.appConfirmTitle };
}

export default async function PproAppPage({ params, searchParams }: { params: Promise<{ chargeId: string }>; searchParams: Promise<{ outcome?: string }> }) {
  requireSandbox();
  const [{ chargeId }, { outcome }, { locale, t }] = await Promise.all([params, searchParams, getSandboxTexts()]);
  const charge = await findCharge(chargeId);
  if (!charge) notFound();
  return (
    <BankView
      charge={charge}
      locale={locale}
      t={t}
      title={t.appTitle}
      subtitle={t.confirmOnPhone}
      action={`/sandbox/ppro/app/${charge.id}/decide`}
      abandoned={outcome === "abandon"}
    />
  );
}
