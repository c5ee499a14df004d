// WooshPay sandbox bank page: the shopper approves, declines or abandons a Bancontact payment.
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";

export const metadata = { title: "Bancontact · Authorise payment" };

const button = "w-full rounded px-4 py-3 font-semibold";

export default async function AuthorizePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const intent = await (await db()).sandboxWooshpayIntent.findUnique({ where: { id } });
  if (!intent) notFound();
  const amount = new Intl.NumberFormat("en-BE", { style: "currency", currency: intent.currency }).format(intent.amount / 100);
  const action = `/sandbox/wooshpay/authorize/${intent.id}/decide`;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Bancontact</h1>
      <p className="mt-2 text-stone-700">WooshPay test bank</p>
      <p className="mt-6 text-lg">
        Authorise <strong data-testid="bank-amount">{amount}</strong> for order <span className="font-mono">{intent.merchantOrderId}</span>
      </p>
      {intent.status !== "requires_action" ? (
        <p role="status" className="mt-6 rounded bg-stone-100 p-4">
          This payment is no longer waiting for authorisation (status: {intent.status}).
        </p>
      ) : (
        <div className="mt-6 flex flex-col gap-3">
          {[
            ["approve", "Approve payment", "bg-green-700 text-white"],
            ["approve_later", "Approve (bank confirms later)", "bg-sky-800 text-white"],
            ["decline", "Decline payment", "bg-red-700 text-white"],
            ["abandon", "Back to the shop without paying", "border border-stone-400 bg-white text-stone-900"],
          ].map(([outcome, label, tone]) => (
            <form key={outcome} action={action} method="post">
              <input type="hidden" name="outcome" value={outcome} />
              <button type="submit" className={`${button} ${tone}`}>
                {label}
              </button>
            </form>
          ))}
        </div>
      )}
    </main>
  );
}
