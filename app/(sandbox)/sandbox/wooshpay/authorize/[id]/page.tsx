// WooshPay sandbox bank page: the shopper approves, declines or abandons a Bancontact payment.
import { notFound } from "next/navigation";
import { APPROVE, DECLINE, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import { db } from "@/lib/db/client";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact · Authorise payment" };


export default async function AuthorizePage({ params }: { params: Promise<{ id: string }> }) {
  requireSandbox();
  const { id } = await params;
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) notFound();
  const amount = new Intl.NumberFormat("en-BE", { style: "currency", currency: intent.currency }).format(intent.amount / 100);
  const action = `/sandbox/wooshpay/authorize/${intent.id}/decide`;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Bancontact</h1>
      <p className="mt-2 text-stone-700">WooshPay test bank</p>
      <p className="mt-6 text-lg">
        Authorise <strong data-testid="bank-amount">{amount}</strong> for order <span className="break-all font-mono">{intent.merchantOrderId}</span>
      </p>
      {intent.status !== "requires_action" ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          This payment is no longer waiting for authorisation (status: {intent.status}).
        </p>
      ) : (
        <DecisionForms
          action={action}
          choices={[APPROVE, ["approve_later", "Approve (bank confirms later)", "bg-sky-800 text-white"], DECLINE, ["abandon", "Back to the shop without paying", LEAVE]]}
        />
      )}
    </main>
  );
}
