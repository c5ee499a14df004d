// Stopping future payments from a receipt: one schedule on the card, or everything (which also
// deletes the saved card); done at once, as the page says before it is sent. With the receipt's
// stop link, or signed in as its cardholder.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FormError, inputClass, ReceiptShell } from "@/components/receipts/receipt-shell";
import { RequestForm } from "@/components/receipts/request-form";
import { requirePaymentReader } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { receiptMetadata, receiptPageContext, tokenOf } from "@/lib/receipts/page-context";
import { requestErrorText } from "@/lib/receipts/request-errors";
import { stopTargets } from "@/lib/requests/create-stop";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => receiptMetadata("stopTitle");

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string; error?: string }> };

export default async function StopPage({ params, searchParams }: Props) {
  const [{ paymentId }, query] = await Promise.all([params, searchParams]);
  const { facts, locale, m, t, links } = await receiptPageContext(await requirePaymentReader(paymentId, "stop", query.t));
  if (!facts.canStop) notFound();
  const { schedules, cardDeleted } = await stopTargets(await db(), paymentId);
  const merchant = facts.merchant.name;
  return (
    <ReceiptShell locale={locale} m={m} merchant={merchant} title={t.stopTitle} back={{ href: links.receipt, label: t.back }}>
      <p className="mt-2">{fill(t.stopWhat, { merchant })}</p>
      <FormError text={requestErrorText(query.error, t)} />
      {schedules.length === 0 && cardDeleted ? (
        <p className="mt-4">{t.stopNothing}</p>
      ) : (
        <RequestForm kind="stop" paymentId={facts.paymentId} token={tokenOf(links.stop)} send={t.send}>
          <fieldset className="flex flex-col gap-2">
            <legend className="font-semibold">{t.stopTitle}</legend>
            {schedules.map((s, i) => (
              <label key={s.id} className="flex items-center gap-2">
                <input type="radio" name="target" value={`schedule:${s.id}`} defaultChecked={i === 0} />
                {fill(t.stopSchedule, { schedule: s.description })}
              </label>
            ))}
            {!cardDeleted && (
              <label className="flex items-center gap-2">
                <input type="radio" name="target" value="card" defaultChecked={schedules.length === 0} aria-describedby="stop-card-what" />
                {fill(t.stopCard, { merchant })}
              </label>
            )}
          </fieldset>
          {!cardDeleted && (
            <p id="stop-card-what" className="text-sm text-stone-700">
              {fill(t.stopCardWhat, { merchant })}
            </p>
          )}
          <label className="block">
            {t.stopReason}
            <textarea name="reason" maxLength={1000} rows={2} className={inputClass} />
          </label>
        </RequestForm>
      )}
    </ReceiptShell>
  );
}
