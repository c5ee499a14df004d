// PPRO legacy sandbox: the Bancontact app on the shopper's phone, opened from the BEP:// QR code.
import { notFound } from "next/navigation";
import { findTx } from "@/lib/sandboxes/ppro-legacy/service";
import { DecisionButtons, euros } from "../../_components/decision-buttons";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact app · Payment" };

export default async function AppPayment({ params, searchParams }: { params: Promise<{ txid: string }>; searchParams: Promise<{ left?: string }> }) {
  requireSandbox();
  const [{ txid }, { left }] = await Promise.all([params, searchParams]);
  const tx = /^\d{9}$/.test(txid) ? (await findTx(txid))?.data : null;
  if (!tx || tx.tag !== "bcmc") notFound();
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">Bancontact app</h1>
      <p className="mt-4 text-lg">
        Pay <strong data-testid="bank-amount">{euros(tx.amount)}</strong> to Maison Praline
      </p>
      {tx.descriptor && <p className="text-stone-700">{tx.descriptor}</p>}
      <p role="status" className="mt-4 rounded bg-stone-100 p-3" data-testid="app-status">
        Status: {tx.status}
        {left && tx.status === "PENDING" ? " (you left without paying)" : ""}
      </p>
      {tx.status === "PENDING" && <DecisionButtons txid={tx.txid} via="app" />}
    </main>
  );
}
