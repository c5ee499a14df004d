// Worldpay sandbox hosted Bancontact page: the shopper approves, declines or cancels.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fillNodes } from "@/components/i18n/fill-nodes";
import { approveDecline, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import { requireSandbox } from "@/lib/access/pages";
import { fill, formatAmount } from "@/lib/i18n/format";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import { paymentIdParam } from "@/lib/sandboxes/worldpay/http";
import { findPayment } from "@/lib/sandboxes/worldpay/service";

export const metadata: Metadata = { title: "Worldpay · Bancontact" };

export default async function WorldpayPayPage({ params }: { params: Promise<{ id: string }> }) {
  requireSandbox();
  const [{ id }, { locale, t }] = await Promise.all([params, getSandboxTexts()]);
  const payment = await findPayment(paymentIdParam(id));
  if (!payment) notFound();
  const action = `/sandbox/worldpay/pay/${encodeURIComponent(payment.paymentId)}/decide`;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Worldpay · Bancontact</h1>
      <p className="mt-2 text-stone-700">{fill(t.testBank, { provider: "Worldpay" })}</p>
      <p className="mt-6 text-lg">
        {fillNodes(t.payTo, { amount: <strong data-testid="bank-amount">{formatAmount(payment.amount, payment.currency, locale)}</strong>, merchant: <span>{payment.narrative}</span> })}
      </p>
      <p className="mt-1 text-sm text-stone-700">{fillNodes(t.reference, { reference: <span className="font-mono">{payment.transactionReference}</span> })}</p>
      {payment.lastEvent !== "pending" ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          {fill(t.notWaitingShopper, { status: payment.lastEvent })}
        </p>
      ) : (
        <DecisionForms action={action} choices={[...approveDecline(t), ["cancel", t.cancelAndReturn, LEAVE]]} />
      )}
    </main>
  );
}
