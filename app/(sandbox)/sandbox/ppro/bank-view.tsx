// What the PPRO sandbox's bank page and Bancontact app show: the charge, the shopper's three
// choices while it waits for them, and its state once it does not.
import { APPROVE, DECLINE, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import type { ChargeRecord } from "@/lib/sandboxes/ppro/store";

function statusText(status: string): string {
  if (status === "CAPTURED" || status === "CAPTURE_PENDING" || status === "REFUNDED") return `Payment approved (status: ${status}).`;
  if (status === "FAILED") return `Payment declined (status: ${status}).`;
  if (status === "VOIDED") return `The shop cancelled this payment (status: ${status}).`;
  return `This payment is no longer waiting for your approval (status: ${status}).`;
}

export function BankView(props: { charge: ChargeRecord; title: string; subtitle: string; action: string; abandoned?: boolean }) {
  const { charge, title, subtitle, action, abandoned } = props;
  const d = charge.data;
  const amount = new Intl.NumberFormat("en-BE", { style: "currency", currency: d.currency }).format(d.amount / 100);
  const waiting = d.status === "AUTHENTICATION_PENDING";
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-stone-700">{subtitle}</p>
      <p className="mt-6 text-lg">
        Pay <strong data-testid="bank-amount">{amount}</strong> to <span className="font-semibold">{d.paymentDescriptor}</span>
        {d.merchantPaymentChargeReference && (
          <>
            {" "}
            for <span className="font-mono">{d.merchantPaymentChargeReference}</span>
          </>
        )}
      </p>
      {!waiting || abandoned ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          {waiting ? "You went back to the shop without paying. The payment is still waiting for your approval." : statusText(d.status)}
        </p>
      ) : null}
      {waiting && (
        <DecisionForms action={action} choices={[APPROVE, DECLINE, ["abandon", "Back to the shop without paying", LEAVE]]} />
      )}
    </main>
  );
}
