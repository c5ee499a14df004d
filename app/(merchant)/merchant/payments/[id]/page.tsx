// Back office (staff only): one payment: its timeline, webhooks, emails, refunds and requests, and refunding it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RefundForm } from "@/components/merchant/refund-form";
import { requireStaff } from "@/lib/access/pages";
import { backOfficeMessages } from "@/lib/backoffice/messages";
import { paymentDetail } from "@/lib/backoffice/payment-detail";
import { refundRules } from "@/lib/backoffice/refund-form";
import { db } from "@/lib/db/client";
import { fill, formatDateTime } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/payments/money";
import { ProviderIdSchema, storedProviderName } from "@/lib/payments/providers";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payment" };

function Section({ title, empty, children, count }: { title: string; empty: string; count: number; children: React.ReactNode }) {
  return (
    <section className="mt-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {count === 0 ? <p className="mt-1 text-stone-700">{empty}</p> : <ol className="mt-2 flex flex-col gap-2">{children}</ol>}
    </section>
  );
}

const item = "rounded border border-stone-200 bg-white p-3 text-sm break-words";

export default async function MerchantPaymentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const [{ id }, { locale }] = await Promise.all([params, getI18n()]);
  const detail = /^[A-Za-z0-9_-]{1,80}$/.test(id) ? await paymentDetail(await db(), user.merchantId, id) : null;
  if (!detail) notFound();
  const { payment, mails, requests } = detail;
  const t = backOfficeMessages(locale);
  const m = t.detail;
  const money = (cents: number) => formatMoney(cents, "EUR", locale);
  const when = (d: Date) => formatDateTime(d, locale);
  const provider = ProviderIdSchema.safeParse(payment.provider);
  const nameOf = (p: string) => storedProviderName(p, locale);
  const refundable = payment.status === "PAID" ? Math.max(0, payment.capturedAmount - payment.refundedAmount) : 0;
  const rules = provider.success ? refundRules(provider.data) : null;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <Link href="/merchant" className="text-brand underline">
          {m.back}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold break-all">{fill(m.title, { id: payment.id })}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t.reference}</dt>
        <dd className="break-all">{payment.checkout.merchantReference}</dd>
        <dt className="font-medium">{t.email}</dt>
        <dd className="break-all">{payment.checkout.customerEmail ?? "—"}</dd>
        <dt className="font-medium">{t.provider}</dt>
        <dd>{nameOf(payment.provider)}</dd>
        {payment.initiation === "checkout" && (
          <>
            <dt className="font-medium">{t.routing}</dt>
            <dd data-testid="routing">
              {payment.fallbackFrom ? `${fill(t.fallbackFrom, { provider: nameOf(payment.fallbackFrom) })}: ${payment.routedReason ?? ""}` : t.firstInLine}
            </dd>
          </>
        )}
        <dt className="font-medium">{t.state}</dt>
        <dd data-testid="payment-state">{payment.status}</dd>
        <dt className="font-medium">{t.amount}</dt>
        <dd>{money(payment.amount)}</dd>
        <dt className="font-medium">{m.captured}</dt>
        <dd>{money(payment.capturedAmount)}</dd>
        <dt className="font-medium">{m.refunded}</dt>
        <dd data-testid="refunded-amount">{money(payment.refundedAmount)}</dd>
      </dl>

      <section className="mt-6">
        <h2 className="text-lg font-semibold">{m.refundHeading}</h2>
        {rules && (
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="refund-rules">
            {rules.rules.map((r) => (
              <li key={r}>{fill(m.rules[r], { max: rules.maxSingleRefund === null ? "" : money(rules.maxSingleRefund), days: rules.windowDays ?? "" })}</li>
            ))}
          </ul>
        )}
        {refundable > 0 && rules && !rules.rules.includes("none") ? (
          <>
            <p className="mt-2" data-testid="refundable">
              {fill(m.refundable, { amount: money(refundable) })}
            </p>
            <RefundForm m={m} paymentId={payment.id} locale={locale} />
          </>
        ) : (
          <p className="mt-2 text-stone-700">{m.notRefundable}</p>
        )}
      </section>

      <Section title={m.timeline} empty={m.noEvents} count={payment.events.length}>
        {payment.events.map((e) => (
          <li key={e.id} className={item} data-testid="payment-event">
            <span className="font-medium">
              {e.fromStatus} → {e.toStatus}
            </span>{" "}
            · {e.source} · {when(e.createdAt)}
            {e.detail && <span className="block text-stone-700">{e.detail}</span>}
          </li>
        ))}
      </Section>

      <Section title={m.refunds} empty={m.noRefunds} count={payment.refunds.length}>
        {payment.refunds.map((r) => (
          <li key={r.id} className={item} data-testid="refund">
            <span className="font-medium">{money(r.amount)}</span> · {m.refundStates[r.status] ?? r.status} · {when(r.createdAt)}
            {r.reason && <span className="block">{r.reason}</span>}
            {r.failureMessage && <span className="block text-red-800">{r.failureMessage}</span>}
          </li>
        ))}
      </Section>

      <Section title={m.requests} empty={m.noRequests} count={requests.length}>
        {requests.map((r) => (
          <li key={r.id} className={item}>
            <span className="font-medium">{m.requestKinds[r.kind] ?? r.kind}</span> · {r.status}
            {r.amount !== null && <> · {money(r.amount)}</>} · {when(r.createdAt)}
            <span className="block">{r.reason}</span>
          </li>
        ))}
      </Section>

      <Section title={m.webhooks} empty={m.noWebhooks} count={payment.webhooks.length}>
        {payment.webhooks.map((w) => (
          <li key={w.id} className={item}>
            <span className="font-medium">{w.eventType ?? "—"}</span> · {w.verified ? m.verified : `${m.rejected}: ${w.rejectReason ?? ""}`} ·{" "}
            {w.appliedAt ? m.applied : m.notApplied}
            {w.applyResult && <> ({w.applyResult})</>} · {when(w.receivedAt)}
          </li>
        ))}
      </Section>

      <Section title={m.mails} empty={m.noMails} count={mails.length}>
        {mails.map((mail) => (
          <li key={mail.id} className={item}>
            <span className="font-medium">{mail.kind ?? "—"}</span> · {m.to} {mail.to} · {m.mailStates[mail.status] ?? mail.status} · {when(mail.sentAt ?? mail.createdAt)}
            {mail.attempts > 1 && <> · {fill(m.attempts, { count: mail.attempts })}</>}
            {mail.error && <span className="block text-red-800">{mail.error}</span>}
          </li>
        ))}
      </Section>
    </main>
  );
}
