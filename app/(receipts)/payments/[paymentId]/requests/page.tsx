// The progress of the cardholder's requests about a payment: sent, approved, part-approved,
// declined with the merchant's reason, refunded. With any of the receipt's links, or signed in.
import type { Metadata } from "next";
import { ReceiptShell } from "@/components/receipts/receipt-shell";
import { requirePaymentReader } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { fill } from "@/lib/i18n/format";
import { receiptMetadata, receiptPageContext } from "@/lib/receipts/page-context";
import { paymentRequests } from "@/lib/requests/progress";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => receiptMetadata("progressTitle");

type Props = { params: Promise<{ paymentId: string }>; searchParams: Promise<{ t?: string }> };

export default async function RequestsPage({ params, searchParams }: Props) {
  const [{ paymentId }, query] = await Promise.all([params, searchParams]);
  const { facts, locale, m, t, links } = await receiptPageContext(await requirePaymentReader(paymentId, "requests", query.t));
  const merchant = facts.merchant.name;
  const requests = await paymentRequests(await db(), paymentId, merchant, locale);
  return (
    <ReceiptShell locale={locale} m={m} merchant={merchant} title={t.progressTitle} back={{ href: links.receipt, label: t.back }}>
      <p className="mt-2">{fill(t.progressIntro, { merchant })}</p>
      {requests.length === 0 ? (
        <p className="mt-4">{t.progressNone}</p>
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {requests.map((r) => (
            <li key={r.id} className="rounded-lg border border-stone-200 bg-white p-4" data-testid="request">
              <h2 className="font-semibold">{r.title}</h2>
              <p data-testid="request-state" data-status={r.status}>
                {r.state}
              </p>
              {r.asked && <p>{r.asked}</p>}
              {r.answer && <p>{r.answer}</p>}
              <p className="text-sm text-stone-700">{r.sent}</p>
            </li>
          ))}
        </ul>
      )}
    </ReceiptShell>
  );
}
