// PPRO legacy sandbox bank page (REDIRECTURL): the shopper approves, declines or leaves a Bancontact payment.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fillNodes } from "@/components/i18n/fill-nodes";
import { requireSandbox } from "@/lib/access/pages";
import { fill, formatEuros } from "@/lib/i18n/format";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import { findTx } from "@/lib/sandboxes/ppro-legacy/service";
import { DecisionButtons } from "../../_components/decision-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.authoriseTitle };
}

export default async function BankPage({ params }: { params: Promise<{ txid: string }> }) {
  requireSandbox();
  const [{ txid }, { locale, t }] = await Promise.all([params, getSandboxTexts()]);
  const tx = /^\d{9}$/.test(txid) ? (await findTx(txid))?.data : null;
  if (!tx || tx.tag !== "bcmc") notFound();
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Bancontact</h1>
      <p className="mt-2 text-stone-700">{fill(t.testBank, { provider: "PPRO" })}</p>
      <p className="mt-6 text-lg">
        {fillNodes(t.authorise, { amount: <strong data-testid="bank-amount">{formatEuros(tx.amount, locale)}</strong>, order: <span className="font-mono">{tx.merchantTxId}</span> })}
      </p>
      {tx.descriptor && <p className="text-stone-700">{tx.descriptor}</p>}
      {tx.accountHolderName && <p className="text-stone-700">{fillNodes(t.accountHolder, { name: <span data-testid="bank-account-holder">{tx.accountHolderName}</span> })}</p>}
      {tx.linkCard && <p className="mt-2 text-sm text-stone-700">{t.linkCard}</p>}
      {tx.status === "PENDING" ? (
        <DecisionButtons txid={tx.txid} via="bank" t={t} />
      ) : (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          {fill(t.notWaitingAuthorisation, { status: tx.status })}
        </p>
      )}
    </main>
  );
}
