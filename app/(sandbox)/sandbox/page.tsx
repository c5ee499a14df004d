// Sandbox index: every simulated provider and tool.
import Link from "next/link";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Sandboxes" };

export default function SandboxIndex() {
  requireSandbox();
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
    </main>
  );
}
