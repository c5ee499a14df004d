// Worldpay sandbox hosted Bancontact page: the shopper approves, declines or cancels.
import { notFound } from "next/navigation";
import { APPROVE, DECLINE, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import { paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { findPayment } from "@/lib/sandboxes/worldpay/service";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Worldpay · Bancontact" };


export default async function WorldpayPayPage({ params }: { params: Promise<{ id: string }> }) {
  requireSandbox();
  const { id } = await params;
  const payment = await findPayment(paymentIdParam(id));
  if (!payment) notFound();
  const amount = new Intl.NumberFormat("en-BE", { style: "currency", currency: payment.currency }).format(payment.amount / 100);
  const action = `/sandbox/worldpay/pay/${encodeURIComponent(payment.paymentId)}/decide`;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Worldpay · Bancontact</h1>
      <p className="mt-2 text-stone-700">Worldpay test bank</p>
      <p className="mt-6 text-lg">
        Pay <strong data-testid="bank-amount">{amount}</strong> to <span>{payment.narrative}</span>
      </p>
      <p className="mt-1 text-sm text-stone-700">
        Reference <span className="font-mono">{payment.transactionReference}</span>
      </p>
      {payment.lastEvent !== "pending" ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          This payment is no longer waiting for the shopper (lastEvent: {payment.lastEvent}).
        </p>
      ) : (
        <DecisionForms action={action} choices={[APPROVE, DECLINE, ["cancel", "Cancel and return to the shop", LEAVE]]} />
      )}
    </main>
  );
}
