// Worldpay sandbox dashboard: recent APM payments and their lastEvent.
import { recentPayments } from "@/lib/sandboxes/worldpay/service";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Worldpay sandbox" };

export default async function WorldpayDashboard() {
  requireSandbox();
  const payments = await recentPayments();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Worldpay sandbox</h1>
      <table className="mt-4 w-full border-collapse bg-white text-sm cards-below-sm">
        <caption className="sr-only">Recent APM payments</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">Transaction reference</th>
            <th scope="col" className="p-2">Amount</th>
            <th scope="col" className="p-2">lastEvent</th>
            <th scope="col" className="p-2">Hosted page</th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.paymentId} className="border-b" data-testid={`worldpay-${p.transactionReference}`}>
              <td data-label="Transaction reference" className="p-2 font-mono">{p.transactionReference}</td>
              <td data-label="Amount" className="p-2">{(p.amount / 100).toFixed(2)} {p.currency}</td>
              <td data-label="lastEvent" className="p-2">{p.lastEvent}</td>
              <td data-label="Hosted page" className="p-2">
                <a className="underline" href={`/sandbox/worldpay/pay/${encodeURIComponent(p.paymentId)}`}>
                  Open {p.transactionReference}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
