// The front page of a live install: no shop of its own, just the ways in for cardholders and staff.
import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages/en";

export function LiveHome({ m }: { m: Messages }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-2xl font-bold">{m.home.title}</h1>
      <p className="mt-2 text-stone-700">{m.home.intro}</p>
      <ul className="mt-6 flex flex-col gap-2">
        <li>
          <Link href="/account" className="text-brand underline">
            {m.home.account}
          </Link>
        </li>
        <li>
          <Link href="/signin" className="text-brand underline">
            {m.home.staff}
          </Link>
        </li>
      </ul>
    </main>
  );
}
