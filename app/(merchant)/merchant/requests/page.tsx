// Back office (staff only): the cardholders' requests, open ones first, and answering them.
import type { Metadata } from "next";
import Link from "next/link";
import { AnswerRequestForm } from "@/components/merchant/answer-request-form";
import { requireStaff } from "@/lib/access/pages";
import { backOfficeMessages } from "@/lib/backoffice/messages";
import { requestsInbox, type InboxRequest } from "@/lib/backoffice/requests-inbox";
import { db } from "@/lib/db/client";
import { fill, formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Requests" };

type Props = { searchParams: Promise<{ answered?: string }> };

export default async function MerchantRequestsPage({ searchParams }: Props) {
  const user = await requireStaff();
  const { answered } = await searchParams;
  const [{ locale }, inbox] = await Promise.all([getI18n(), requestsInbox(await db(), user.merchantId)]);
  const t = backOfficeMessages(locale);
  const m = t.inbox;
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const when = (d: Date) => formatDateTime(d, locale);
  const card = (r: InboxRequest, open: boolean) => (
    <li key={r.id} className="rounded border border-stone-200 bg-white p-3 text-sm break-words" data-testid="cardholder-request" data-state={open ? "open" : "answered"}>
      <p className="font-semibold">
        {t.detail.requestKinds[r.kind] ?? r.kind} · {m.statuses[r.status] ?? r.status} · {when(r.createdAt)}
      </p>
      <p className="text-stone-700">
        {r.email} · {m.payment}{" "}
        <Link href={`/merchant/payments/${r.paymentId}`} className="font-mono text-brand underline">
          {r.paymentId}
        </Link>
      </p>
      {r.kind === "refund" && <p>{r.amount === null ? m.askedAll : fill(m.asked, { amount: money(r.amount) })}</p>}
      {r.failedRefund && (
        <p className="mt-1 text-red-800" data-testid="failed-refund">
          {fill(m.refundFailed, { amount: money(r.failedRefund.amount), reason: r.failedRefund.failureMessage ?? m.refundFailedNoReason })}
        </p>
      )}
      <p className="mt-1">{r.reason}</p>
      {r.message && <p className="mt-1 text-stone-700">{r.message}</p>}
      {r.merchantAnswer && <p className="mt-1 border-l-4 border-stone-300 pl-2">{r.merchantAnswer}</p>}
      {r.approvedAmount !== null && <p className="mt-1">{money(r.approvedAmount)}</p>}
      {open && r.kind !== "stop" && <AnswerRequestForm m={m} requestId={r.id} kind={r.kind} />}
    </li>
  );
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <Link href="/merchant" className="text-brand underline">
          {t.detail.back}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{m.title}</h1>
      {/* Only for a request of this merchant's that is answered: the param itself is never shown. */}
      {typeof answered === "string" && inbox.answered.some((r) => r.id === answered) && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          {m.done}
        </p>
      )}
      <h2 className="mt-6 text-lg font-semibold">{m.open}</h2>
      {inbox.open.length === 0 ? <p className="mt-1">{m.none}</p> : <ol className="mt-2 flex flex-col gap-3">{inbox.open.map((r) => card(r, true))}</ol>}
      <h2 className="mt-6 text-lg font-semibold">{m.answered}</h2>
      {inbox.answered.length === 0 ? <p className="mt-1">{m.noneAnswered}</p> : <ol className="mt-2 flex flex-col gap-3">{inbox.answered.map((r) => card(r, false))}</ol>}
    </main>
  );
}
