// Sandbox index: every simulated provider and tool.
import Link from "next/link";
import { requireSandbox, sandboxClockOpen, sandboxFaultsOpen } from "@/lib/access/pages";
import { addMonthsClamped } from "@/lib/schedules/next-charge";
import { FAULT_PROVIDERS, faultsNow } from "@/lib/sandboxes/faults";

export const metadata = { title: "Sandboxes" };

export const dynamic = "force-dynamic";

export default async function SandboxIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  requireSandbox();
  const q = await searchParams;
  const clock = sandboxClockOpen();
  const faultsOpen = sandboxFaultsOpen();
  const nextMonth = addMonthsClamped(new Date(), 1).toISOString().slice(0, 10);
  const faults = await faultsNow();
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-bold">Provider sandboxes</h1>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link className="text-brand underline" href="/sandbox/wooshpay">
            WooshPay: payment intents and bank confirmations
          </Link>
        </li>
        <li>
          <Link className="text-brand underline" href="/sandbox/bancontact">
            Bancontact Payconiq: Payment API v3, callbacks, app simulator
          </Link>
        </li>
        <li>
          <Link className="text-brand underline" href="/sandbox/ppro-legacy">
            PPRO TRANSACTION API (legacy): transactions, linked cards, the sandbox clock
          </Link>
        </li>
        <li>
          <Link className="text-brand underline" href="/sandbox/worldpay">
            Worldpay: APM payments and the hosted Bancontact page
          </Link>
        </li>
        <li>
          <Link className="text-brand underline" href="/sandbox/mailbox">
            Development mailbox: mail the app sent
          </Link>
        </li>
      </ul>
      {faultsOpen && (
      <section id="faults" className="mt-8 rounded border border-stone-200 bg-white p-4" aria-labelledby="faults-heading">
          <h2 id="faults-heading" className="text-lg font-semibold">
            Faults: make a provider fail on purpose
          </h2>
          <p className="mt-1 text-stone-700">
            While on, the provider&apos;s sandbox answers HTTP 503 to every new payment, as a provider that is down would: the checkout then tries the next provider of
            the merchant&apos;s route. Also <code>POST /sandbox/faults</code> with <code>{"{ provider, fault }"}</code>.
          </p>
          <ul className="mt-3 flex flex-col gap-2">
            {FAULT_PROVIDERS.map((p) => (
              <li key={p}>
                <form method="post" action="/sandbox/faults" className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="provider" value={p} />
                  <label htmlFor={`fault-${p}`} className="w-28 font-medium">
                    {p}
                  </label>
                  <select id={`fault-${p}`} name="fault" defaultValue={faults[p]} className="rounded border border-stone-400 px-2 py-1" data-testid={`fault-${p}`}>
                    <option value="none">Answer normally</option>
                    <option value="create-503">Answer 503 to payment creation</option>
                  </select>
                  <button type="submit" className="rounded border border-stone-400 bg-white px-3 py-1 hover:bg-stone-100">
                    Apply to {p}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="mt-8 rounded border border-stone-200 bg-white p-4" aria-labelledby="schedules-clock">
        <h2 id="schedules-clock" className="text-lg font-semibold">
          Schedules: run due charges as if it were another day
        </h2>
        <p className="mt-1 text-stone-700">
          Makes every schedule charge due by the end of that day (UTC), now, through the app&apos;s own runner: each charge is still made at most once. Only
          while the sandboxes are on and no provider is live.
        </p>
        {!clock && <p className="mt-2">Not available here: a provider is configured for real, and its cards must never be charged early.</p>}
        {typeof q.asOf === "string" && (
          <p role="status" className="mt-2" data-testid="schedules-run">
            As of {q.asOf}: {String(q.charged ?? 0)} charge(s) made, {String(q.refused ?? 0)} refused.
          </p>
        )}
        {clock && (
          <form method="post" action="/sandbox/schedules" className="mt-3 flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1">
              <span className="font-medium">Run schedules as if it were</span>
              <input type="date" name="asOf" required defaultValue={nextMonth} className="rounded border border-stone-400 px-3 py-2" />
            </label>
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
              Run due charges
            </button>
          </form>
        )}
      </section>
    </main>
  );
}
