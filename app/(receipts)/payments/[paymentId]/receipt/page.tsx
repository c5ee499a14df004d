// A payment's receipt: the transaction data, the refunds made, and the links to ask for a refund,
// dispute it or stop future payments. With the receipt's link, or signed in as its cardholder.
import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptShell } from "@/components/receipts/receipt-shell";
import { requirePaymentReader } from "@/lib/access/pages";
import { fill } from "@/lib/i18n/format";
import { receiptMetadata, receiptPageContext } from "@/lib/receipts/page-context";
import { receiptData } from "@/lib/receipts/receipt-data";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => receiptMetadata("receiptTitle");

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string }> };

export default async function ReceiptPage({ params, searchParams }: Props) {
  const [{ paymentId }, { t: token }] = await Promise.all([params, searchParams]);
  const { facts, locale, m, t, links } = await receiptPageContext(await requirePaymentReader(paymentId, "receipt", token));
  const receipt = receiptData(facts, locale);
  const merchant = facts.merchant.name;
  const action = "block rounded border border-stone-300 bg-white px-4 py-3 font-semibold text-blue-800 underline hover:bg-stone-100";
  return (
    <ReceiptShell locale={locale} m={m} merchant={merchant} title={receipt.title}>
      <p className="mt-2">{receipt.intro}</p>
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-[auto_1fr]" data-testid="receipt">
        {receipt.lines.map((line) => (
          <div key={line.label} className="contents">
            <dt className="font-semibold">{line.label}</dt>
            <dd className="break-all">{line.value}</dd>
          </div>
        ))}
      </dl>
      {receipt.items.length > 0 && (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t.items}</h2>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4" data-testid="receipt-items">
            {receipt.items.map((line, i) => (
              <div key={i} className="contents">
                <dt className={`break-words ${i === receipt.items.length - 1 ? "font-semibold" : ""}`}>{line.label}</dt>
                <dd className="text-right">{line.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h2 className="mt-6 text-lg font-semibold">{t.refunds}</h2>
      {receipt.refunds.length === 0 ? (
        <p>{t.noRefunds}</p>
      ) : (
        <ul className="list-disc pl-6">
          {receipt.refunds.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <h2 className="mt-8 text-lg font-semibold">{t.actionsHeading}</h2>
      <p>{fill(t.actionsIntro, { merchant })}</p>
      <ul className="mt-4 flex flex-col gap-3">
        <li>
          <Link href={links.refund} className={action}>
            {t.askRefund}
          </Link>
        </li>
        <li>
          <Link href={links.dispute} className={action}>
            {t.askDispute}
          </Link>
        </li>
        {facts.canStop && (
          <li>
            <Link href={links.stop} className={action}>
              {t.askStop}
            </Link>
          </li>
        )}
        <li>
          <Link href={links.requests} className="text-blue-700 underline">
            {t.seeRequests}
          </Link>
        </li>
      </ul>
    </ReceiptShell>
  );
}
