// WooshPay sandbox bank page: the shopper approves, declines or abandons a Bancontact payment.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fillNodes } from "@/components/i18n/fill-nodes";
import { APPROVE_TONE, DECLINE_TONE, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import { requireSandbox } from "@/lib/access/pages";
import { db } from "@/lib/db/client";
import { fill, formatAmount } from "@/lib/i18n/format";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.authoriseTitle };
}

export default async function AuthorizePage({ params }: { params: Promise<{ id: string }> }) {
  requireSandbox();
  const [{ id }, { locale, t }] = await Promise.all([params, getSandboxTexts()]);
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) notFound();
  const action = `/sandbox/wooshpay/authorize/${intent.id}/decide`;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Bancontact</h1>
      <p className="mt-2 text-stone-700">{fill(t.testBank, { provider: "WooshPay" })}</p>
      <p className="mt-6 text-lg">
        {fillNodes(t.authorise, {
          amount: <strong data-testid="bank-amount">{formatAmount(intent.amount, intent.currency, locale)}</strong>,
          order: <span className="break-all font-mono">{intent.merchantOrderId}</span>,
        })}
      </p>
      {intent.status !== "requires_action" ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          {fill(t.notWaitingAuthorisation, { status: intent.status })}
        </p>
      ) : (
        <DecisionForms
          action={action}
          choices={[
            ["approve", t.approve, APPROVE_TONE],
            ["approve_later", t.approveLater, "bg-sky-800 text-white"],
            ["decline", t.decline, DECLINE_TONE],
            ["abandon", t.leave, LEAVE],
          ]}
        />
      )}
    </main>
  );
}
