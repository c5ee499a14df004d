// Disputing a payment with its merchant: a reason from the list and a message; what will happen
// is said before it is sent. With the receipt's dispute link, or signed in as its cardholder.
import type { Metadata } from "next";
import { FormError, inputClass, ReceiptShell } from "@/components/receipts/receipt-shell";
import { RequestForm } from "@/components/receipts/request-form";
import { requirePaymentReader } from "@/lib/access/pages";
import { fill } from "@/lib/i18n/format";
import { receiptMetadata, receiptPageContext, tokenOf } from "@/lib/receipts/page-context";
import { requestErrorText } from "@/lib/receipts/request-errors";
import { DISPUTE_REASONS } from "@/lib/requests/create-schemas";

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
      <RequestForm kind="dispute" paymentId={facts.paymentId} token={tokenOf(links.dispute)} send={t.send}>
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
      </RequestForm>
    </ReceiptShell>
  );
}
