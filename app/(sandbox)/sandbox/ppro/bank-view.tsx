// What the PPRO sandbox's bank page and Bancontact app show: the charge, the shopper's three
// choices while it waits for them, and its state once it does not.
import { fillNodes } from "@/components/i18n/fill-nodes";
import { approveDecline, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import { fill, formatAmount } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { ChargeRecord } from "@/lib/sandboxes/ppro/store";
import type { SandboxTexts } from "@/lib/sandboxes/texts";

function statusText(status: string, t: SandboxTexts): string {
  if (status === "CAPTURED" || status === "CAPTURE_PENDING" || status === "REFUNDED") return fill(t.approved, { status });
  if (status === "FAILED") return fill(t.declined, { status });
  if (status === "VOIDED") return fill(t.voided, { status });
  return fill(t.notWaitingApproval, { status });
}

type Props = { charge: ChargeRecord; locale: Locale; t: SandboxTexts; title: string; subtitle: string; action: string; abandoned?: boolean };

export function BankView({ charge, locale, t, title, subtitle, action, abandoned }: Props) {
  const d = charge.data;
  const waiting = d.status === "AUTHENTICATION_PENDING";
  const values = {
    amount: <strong data-testid="bank-amount">{formatAmount(d.amount, d.currency, locale)}</strong>,
    merchant: <span className="font-semibold">{d.paymentDescriptor}</span>,
    reference: <span className="font-mono">{d.merchantPaymentChargeReference}</span>,
  };
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-stone-700">{subtitle}</p>
      <p className="mt-6 text-lg">{fillNodes(d.merchantPaymentChargeReference ? t.payToFor : t.payTo, values)}</p>
      {!waiting || abandoned ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          {waiting ? t.abandoned : statusText(d.status, t)}
        </p>
      ) : null}
      {waiting && <DecisionForms action={action} choices={[...approveDecline(t), ["abandon", t.leave, LEAVE]]} />}
    </main>
  );
}
