// Asking the merchant for a refund of a payment, in full or in part, with a reason: what will
// happen is said before it is sent. With the receipt's refund link, or signed in as its cardholder.
import type { Metadata } from "next";
import { FormError, inputClass, ReceiptShell } from "@/components/receipts/receipt-shell";
import { RequestForm } from "@/components/receipts/request-form";
import { requirePaymentReader } from "@/lib/access/pages";
import { fill } from "@/lib/i18n/format";
import { formatMoney } from "@/lib/payments/money";
import { receiptMetadata, receiptPageContext, tokenOf } from "@/lib/receipts/page-context";
import { requestErrorText } from "@/lib/receipts/request-errors";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => receiptMetadata("refundTitle");

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string; error?: string }> };

export default async function RefundRequestPage({ params, searchParams }: Props) {
  const [{ paymentId }, query] = await Promise.all([params, searchParams]);
  const { facts, locale, m, t, links } = await receiptPageContext(await requirePaymentReader(paymentId, "refund", query.t));
  const merchant = facts.merchant.name;
  return (
    <ReceiptShell locale={locale} m={m} merchant={merchant} title={t.refundTitle} back={{ href: links.receipt, label: t.back }}>
      <p className="mt-2">{fill(t.refundWhat, { merchant })}</p>
      <FormError text={requestErrorText(query.error, t)} />
      {facts.refundable < 1 ? (
        <p className="mt-4">{t.refundNothing}</p>
      ) : (
        <RequestForm kind="refund" paymentId={facts.paymentId} token={tokenOf(links.refund)} send={t.send}>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t.amount}</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="whole" value="whole" defaultChecked />
              {fill(t.refundWhole, { amount: formatMoney(facts.refundable, "EUR", locale) })}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="whole" value="part" />
              {t.refundPart}
            </label>
          </fieldset>
          <label className="block">
            {t.refundAmount}
            <input name="amount" inputMode="decimal" autoComplete="off" className={inputClass} />
          </label>
          <label className="block">
            {t.refundReason}
            <textarea name="reason" required minLength={3} maxLength={1000} rows={3} className={inputClass} />
          </label>
        </RequestForm>
      )}
    </ReceiptShell>
  );
}
