// PPRO legacy sandbox: the Bancontact app on the shopper's phone, opened from the BEP:// QR code.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fillNodes } from "@/components/i18n/fill-nodes";
import { requireSandbox } from "@/lib/access/pages";
import { fill, formatEuros } from "@/lib/i18n/format";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import { findTx } from "@/lib/sandboxes/ppro-legacy/service";
import { DecisionButtons } from "../../_components/decision-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.appPaymentTitle };
}

export default async function AppPayment({ params, searchParams }: { params: Promise<{ txid: string }>; searchParams: Promise<{ left?: string }> }) {
  requireSandbox();
  const [{ txid }, { left }, { locale, t }] = await Promise.all([params, searchParams, getSandboxTexts()]);
  const tx = /^\d{9}$/.test(txid) ? (await findTx(txid))?.data : null;
  if (!tx || tx.tag !== "bcmc") notFound();
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">{t.appTitle}</h1>
      <p className="mt-4 text-lg">{fillNodes(t.payTo, { amount: <strong data-testid="bank-amount">{formatEuros(tx.amount, locale)}</strong>, merchant: "Maison Praline" })}</p>
      {tx.descriptor && <p className="text-stone-700">{tx.descriptor}</p>}
      <p role="status" className="mt-4 rounded bg-stone-100 p-3" data-testid="app-status">
        {fill(left && tx.status === "PENDING" ? t.statusLeft : t.status, { status: tx.status })}
      </p>
      {tx.status === "PENDING" && <DecisionButtons txid={tx.txid} via="app" t={t} />}
    </main>
  );
}
