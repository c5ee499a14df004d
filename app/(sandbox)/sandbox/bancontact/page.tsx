// Bancontact sandbox dashboard: callback delivery mode, key rotation, recent payments.
import Link from "next/link";
import { deliveryMode, recentPayments } from "@/lib/sandboxes/bancontact/service";
import { activeKey } from "@/lib/sandboxes/bancontact/keys";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact sandbox" };

const MODES = [
  ["normal", "Normal: each callback once, in order"],
  ["twice", "Twice: every callback delivered two times"],
  ["reverse", "Out of order: callbacks held until the payment ends, then sent last first"],
] as const;

export default async function BancontactDashboard() {
  requireSandbox();
  const [mode, payments, key] = await Promise.all([deliveryMode(), recentPayments(), activeKey()]);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Bancontact Payconiq sandbox</h1>
      <p className="mt-2">
        <Link className="text-brand underline" href="/sandbox/bancontact/app">
          Open the Bancontact app simulator
        </Link>{" "}
        · <a className="text-brand underline" href="/sandbox/bancontact/jwks">JWKS</a>
      </p>
      <form action="/sandbox/bancontact/settings" method="post" className="mt-6 rounded border border-stone-200 bg-white p-4">
        <input type="hidden" name="action" value="delivery" />
        <fieldset>
          <legend className="font-semibold">Callback delivery</legend>
          {MODES.map(([value, label]) => (
            <label key={value} className="mt-1 flex items-center gap-2">
              <input type="radio" name="mode" value={value} defaultChecked={mode === value} />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="mt-3 rounded bg-brand px-3 py-1 text-white">
          Save delivery mode
        </button>
      </form>
      <form action="/sandbox/bancontact/settings" method="post" className="mt-4 flex items-center gap-3">
        <input type="hidden" name="action" value="rotate" />
        <span>
          Signing key: <code data-testid="active-kid">{key.kid}</code>
        </span>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1">
          Rotate signing key
        </button>
      </form>
      <table className="mt-6 w-full border-collapse bg-white text-sm cards-below-sm">
        <caption className="sr-only">Recent payments</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">Payment</th>
            <th scope="col" className="p-2">Reference</th>
            <th scope="col" className="p-2">Amount</th>
            <th scope="col" className="p-2">Status</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.id} className="border-b">
              <td data-label="Payment" className="p-2 font-mono">
                <Link className="text-brand underline" href={`/sandbox/bancontact/app/pay/2/${p.id}`}>
                  {p.id}
                </Link>
              </td>
              <td data-label="Reference" className="p-2 font-mono">{p.reference}</td>
              <td data-label="Amount" className="p-2">{(p.amount / 100).toFixed(2)} {p.currency}</td>
              <td data-label="Status" className="p-2">{p.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
