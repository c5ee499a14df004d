// WooshPay sandbox dashboard: recent payment intents, and the bank's late answer on processing ones.
import { recentIntents } from "@/lib/sandboxes/wooshpay/service";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "WooshPay sandbox" };

export default async function WooshpayDashboard() {
  requireSandbox();
  const intents = await recentIntents();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">WooshPay sandbox</h1>
      <table className="mt-4 w-full border-collapse bg-white text-sm cards-below-sm">
        <caption className="sr-only">Recent payment intents</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">Intent</th>
            <th scope="col" className="p-2">Order</th>
            <th scope="col" className="p-2">Amount</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Bank</th>
          </tr>
        </thead>
        <tbody>
          {intents.map((i) => (
            <tr key={i.id} className="border-b" data-testid={`intent-${i.merchantOrderId ?? i.id}`}>
              <td data-label="Intent" className="p-2 font-mono">{i.id}</td>
              <td data-label="Order" className="p-2 font-mono">{i.merchantOrderId}</td>
              <td data-label="Amount" className="p-2">{(i.amount / 100).toFixed(2)} {i.currency}</td>
              <td data-label="Status" className="p-2">{i.status}</td>
              <td data-label="Bank" className="p-2">
                {i.status === "processing" && (
                  <span className="flex gap-2">
                    <form action="/sandbox/wooshpay/settle" method="post">
                      <input type="hidden" name="id" value={i.id} />
                      <input type="hidden" name="result" value="succeed" />
                      <button type="submit" className="rounded bg-green-700 px-2 py-1 text-white">Confirm {i.merchantOrderId}</button>
                    </form>
                    <form action="/sandbox/wooshpay/settle" method="post">
                      <input type="hidden" name="id" value={i.id} />
                      <input type="hidden" name="result" value="fail" />
                      <button type="submit" className="rounded bg-red-700 px-2 py-1 text-white">Reject {i.merchantOrderId}</button>
                    </form>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
