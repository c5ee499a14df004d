// Bancontact app simulator: one payment as the consumer's phone shows it.
import { notFound } from "next/navigation";
import { DecisionForms, LEAVE, type Choice } from "@/components/sandbox/decision-forms";
import { findPayment } from "@/lib/sandboxes/bancontact/service";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact app · Payment" };

const ACTIONS: Record<string, Choice[]> = {
  PENDING: [["scan", "Scan the payment", "bg-brand text-white"]],
  IDENTIFIED: [
    ["confirm", "Confirm payment", "bg-green-700 text-white"],
    ["decline", "Decline (bank refuses)", "bg-red-700 text-white"],
    ["cancel", "Cancel in the app", "border border-stone-400 bg-white text-stone-900"],
  ],
};

export default async function AppPayment({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ returnUrl?: string }> }) {
  requireSandbox();
  const [{ id }, { returnUrl }] = await Promise.all([params, searchParams]);
  const p = await findPayment(id);
  if (!p) notFound();
  const amount = new Intl.NumberFormat("en-BE", { style: "currency", currency: p.currency }).format(p.amount / 100);
  const open = p.status === "PENDING" || p.status === "IDENTIFIED";
  const back = returnUrl && /^https?:\/\//.test(returnUrl) ? returnUrl : p.returnUrl;
  const action = `/sandbox/bancontact/app/pay/2/${p.id}/action`;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">Bancontact app</h1>
      <p className="mt-4 text-lg">
        Pay <strong data-testid="app-amount">{amount}</strong> to Maison Praline
      </p>
      {p.description && <p className="text-stone-700">{p.description}</p>}
      <p role="status" className="mt-4 rounded bg-stone-100 p-3" data-testid="app-status">
        Status: {p.status}
      </p>
      <div className="mt-4 flex flex-col gap-3">
        <DecisionForms
          action={action}
          field="action"
          choices={[...(ACTIONS[p.status] ?? []), ...(open ? [["expire", "Let it expire", LEAVE] as const] : [])]}
          hidden={back ? { returnUrl: back } : {}}
        />
        {!open && back && (
          <a href={back} className="rounded border border-stone-400 bg-white px-4 py-3 text-center font-semibold text-stone-900">
            Back to the shop
          </a>
        )}
      </div>
    </main>
  );
}
