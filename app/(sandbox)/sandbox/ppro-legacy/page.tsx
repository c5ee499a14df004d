// PPRO legacy sandbox dashboard: recent transactions, linked cards, and the clock that lets tokens lapse.
import Link from "next/link";
import { clockOffsetDays, recentTokens, recentTxs, sandboxNow } from "@/lib/sandboxes/ppro-legacy/service";
import { formatEuros } from "@/lib/i18n/format";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "PPRO (legacy) sandbox" };

const DAY_MS = 86_400_000;
const button = "rounded px-3 py-2 font-semibold";

export default async function PproLegacyDashboard() {
  requireSandbox();
  const [offset, now, txs, tokens] = await Promise.all([clockOffsetDays(), sandboxNow(), recentTxs(), recentTokens()]);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">PPRO (legacy) sandbox</h1>
      <p className="mt-2 text-stone-700">TRANSACTION API: Bancontact, link and pay, Wallet Initiated Payments.</p>

      <section aria-labelledby="clock" className="mt-6">
        <h2 id="clock" className="text-lg font-semibold">Clock</h2>
        <p data-testid="sandbox-clock">
          Sandbox time: {now.toISOString().slice(0, 10)} ({offset === 0 ? "real time" : `${offset} days ahead`})
        </p>
        <div className="mt-2 flex gap-2">
          <form action="/sandbox/ppro-legacy/clock" method="post">
            <input type="hidden" name="action" value="advance" />
            <button type="submit" className={`${button} bg-stone-800 text-white`}>Advance the clock by 366 days</button>
          </form>
          <form action="/sandbox/ppro-legacy/clock" method="post">
            <input type="hidden" name="action" value="reset" />
            <button type="submit" className={`${button} border border-stone-400 bg-white text-stone-900`}>Reset the clock</button>
          </form>
        </div>
      </section>

      <section aria-labelledby="txs" className="mt-8">
        <h2 id="txs" className="text-lg font-semibold">Transactions</h2>
        <table className="mt-2 w-full border-collapse bg-white text-sm cards-below-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">TXID</th>
              <th scope="col" className="p-2">Merchant tx</th>
              <th scope="col" className="p-2">Tag</th>
              <th scope="col" className="p-2">Amount</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Open</th>
            </tr>
          </thead>
          <tbody>
            {txs.map((t) => (
              <tr key={t.txid} className="border-b" data-testid={`tx-${t.merchantTxId}`}>
                <td data-label="TXID" className="p-2 font-mono">{t.txid}</td>
                <td data-label="Merchant tx" className="p-2 font-mono">{t.merchantTxId}</td>
                <td data-label="Tag" className="p-2">{t.tag}</td>
                <td data-label="Amount" className="p-2">{formatEuros(t.amount, "en")}</td>
                <td data-label="Status" className="p-2">{t.status}</td>
                <td data-label="Open" className="p-2">
                  {t.tag === "bcmc" && (
                    <span className="flex gap-2">
                      <Link className="text-brand underline" href={`/sandbox/ppro-legacy/pay/${t.txid}`}>Bank page {t.txid}</Link>
                      <Link className="text-brand underline" href={`/sandbox/ppro-legacy/app/${t.txid}`}>App {t.txid}</Link>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="cards" className="mt-8">
        <h2 id="cards" className="text-lg font-semibold">Linked cards</h2>
        <table className="mt-2 w-full border-collapse bg-white text-sm cards-below-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">Token</th>
              <th scope="col" className="p-2">Card</th>
              <th scope="col" className="p-2">Expiry</th>
              <th scope="col" className="p-2">Last successful payment</th>
              <th scope="col" className="p-2">State</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((c) => {
              const idle = (now.getTime() - new Date(c.lastSuccessAt).getTime()) / DAY_MS;
              return (
                <tr key={c.token} className="border-b">
                  <td data-label="Token" className="p-2 font-mono">{c.token}</td>
                  <td data-label="Card" className="p-2 font-mono">{`${c.bin}XXXXXX${c.last4}`}</td>
                  <td data-label="Expiry" className="p-2">{c.expiry}</td>
                  <td data-label="Last successful payment" className="p-2">{c.lastSuccessAt.slice(0, 10)}</td>
                  <td data-label="State" className="p-2">{idle > 365 ? "expired (unused for 365 days)" : "active"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </main>
  );
}
