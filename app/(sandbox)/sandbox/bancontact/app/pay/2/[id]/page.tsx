// Bancontact app simulator: one payment as the consumer's phone shows it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fillNodes } from "@/components/i18n/fill-nodes";
import { DecisionForms, LEAVE, type Choice } from "@/components/sandbox/decision-forms";
import { requireSandbox } from "@/lib/access/pages";
import { fill, formatAmount } from "@/lib/i18n/format";
import { findPayment } from "@/lib/sandboxes/bancontact/service";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";
import type { SandboxTexts } from "@/lib/sandboxes/texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.appPaymentTitle };
}

function actions(status: string, t: SandboxTexts): Choice[] {
  if (status === "PENDING") return [["scan", t.scan, "bg-brand text-white"]];
  if (status === "IDENTIFIED")
    return [
      ["confirm", t.confirm, "bg-green-700 text-white"],
      ["decline", t.declineInApp, "bg-red-700 text-white"],
      ["cancel", t.cancelInApp, LEAVE],
    ];
  return [];
}

export default async function AppPayment({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ returnUrl?: string }> }) {
  requireSandbox();
  const [{ id }, { returnUrl }, { locale, t }] = await Promise.all([params, searchParams, getSandboxTexts()]);
  const p = await findPayment(id);
  if (!p) notFound();
  const open = p.status === "PENDING" || p.status === "IDENTIFIED";
  const back = returnUrl && /^https?:\/\//.test(returnUrl) ? returnUrl : p.returnUrl;
  const action = `/sandbox/bancontact/app/pay/2/${p.id}/action`;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">{t.appTitle}</h1>
      <p className="mt-4 text-lg">{fillNodes(t.payTo, { amount: <strong data-testid="app-amount">{formatAmount(p.amount, p.currency, locale)}</strong>, merchant: "Maison Praline" })}</p>
      {p.description && <p className="text-stone-700">{p.description}</p>}
      <p role="status" className="mt-4 rounded bg-stone-100 p-3" data-testid="app-status">
        {fill(t.status, { status: p.status })}
      </p>
      <div className="mt-4 flex flex-col gap-3">
        <DecisionForms
          action={action}
          field="action"
          choices={[...actions(p.status, t), ...(open ? [["expire", t.expire, LEAVE] as const] : [])]}
          hidden={back ? { returnUrl: back } : {}}
        />
        {!open && back && (
          <a href={back} className="rounded border border-stone-400 bg-white px-4 py-3 text-center font-semibold text-stone-900">
            {t.backToShop}
          </a>
        )}
      </div>
    </main>
  );
}
