// PPRO legacy sandbox bank page (REDIRECTURL): the shopper approves, declines or leaves a Bancontact payment.
import { notFound } from "next/navigation";
import { findTx } from "@/lib/sandboxes/ppro-legacy/service";
import { DecisionButtons, euros } from "../../_components/decision-buttons";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact · Authorise payment" };

export default async function BankPage({ params }: { params: Promise<{ txid: string }> }) {
  requireSandbox();
  const { txid } = await params;
  const tx = /^\d{9}$/.test(txid) ? (await findTx(txid))?.data : null;
  if (!tx || tx.tag !== "bcmc") notFound();
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Bancontact</h1>
      <p className="mt-2 text-stone-700">PPRO test bank</p>
      <p className="mt-6 text-lg">
        Authorise <strong data-testid="bank-amount">{euros(tx.amount)}</strong> for order <span className="font-mono">{tx.merchantTxId}</span>
      </p>
      {tx.descriptor && <p className="text-stone-700">{tx.descriptor}</p>}
      {tx.accountHolderName && (
        <p className="text-stone-700">
          Account holder: <span data-testid="bank-account-holder">{tx.accountHolderName}</span>
        </p>
      )}
      {tx.linkCard && <p className="mt-2 text-sm text-stone-700">Your card will be linked to this shop for later payments.</p>}
      {tx.status === "PENDING" ? (
        <DecisionButtons txid={tx.txid} via="bank" />
      ) : (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          This payment is no longer waiting for authorisation (status: {tx.status}).
        </p>
      )}
    </main>
  );
}
