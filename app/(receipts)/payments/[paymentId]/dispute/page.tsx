// Disputing a payment with its merchant: a reason from the list and a message; what will happen
// is said before it is sent. With the receipt's dispute link, or signed in as its cardholder.
import type { Metadata } from "next";
import { buttonClass, FormError, inputClass, ReceiptShell } from "@/components/receipts/receipt-shell";
import { requirePaymentReader } from "@/lib/access/pages";
import { fill } from "@/lib/i18n/format";
import { receiptMetadata, receiptPageContext, tokenOf } from "@/lib/receipts/page-context";
import { requestErrorText } from "@/lib/receipts/request-errors";
import { DISPUTE_REASONS } from "@/lib/requests/create-schemas";
import { sendRequestAction } from "../actions";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => receiptMetadata("disputeTitle");

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string; error?: string }> };

export default async function DisputePage({ params, searchParams }: Props) {
  const [{ paymentId }, query] = await Promise.all([params, searchParams]);
  const { facts, locale, m, t, links } = await receiptPageContext(await requirePaymentReader(paymentId, "dispute", query.t));
  const merchant = facts.merchant.name;
  return (
    <ReceiptShell locale={locale} m={m} merchant={merchant} title={t.disputeTitle} back={{ href: links.receipt, label: t.back }}>
      <p className="mt-2">{fill(t.disputeWhat, { merchant })}</p>
      <FormError text={requestErrorText(query.error, t)} />
      <form action={sendRequestAction} className="mt-6 flex flex-col gap-4">
        <input type="hidden" name="kind" value="dispute" />
        <input type="hidden" name="paymentId" value={facts.paymentId} />
        <input type="hidden" name="t" value={tokenOf(links.dispute)} />
        <label className="block">
          {t.disputeReason}
          <select name="reason" required className={inputClass}>
            {DISPUTE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t[`disputeReason_${r}`]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {fill(t.disputeMessage, { merchant })}
          <textarea name="message" required minLength={3} maxLength={4000} rows={5} className={inputClass} />
        </label>
        <div>
          <button type="submit" className={buttonClass}>
            {t.send}
          </button>
        </div>
      </form>
    </ReceiptShell>
  );
}
