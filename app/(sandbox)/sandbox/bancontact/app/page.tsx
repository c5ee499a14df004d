// Bancontact app simulator: open a QR payload or deep link by pasting it.
import { redirect } from "next/navigation";
import { appPageFor } from "@/lib/sandboxes/app-links";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact app simulator" };

export default async function AppSimulator({ searchParams }: { searchParams: Promise<{ payload?: string }> }) {
  requireSandbox();
  const { payload } = await searchParams;
  const target = payload ? appPageFor(payload) : null;
  if (target) redirect(target);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">Bancontact app</h1>
      <p className="mt-2 text-stone-700">Simulates the consumer&apos;s phone: paste what the QR code encodes, or a deep link.</p>
      <form className="mt-4 flex flex-col gap-2">
        <label htmlFor="payload" className="font-medium">
          QR payload or deep link
        </label>
        <input id="payload" name="payload" defaultValue={payload ?? ""} className="rounded border border-stone-400 px-3 py-2 font-mono text-sm" />
        {payload && !target && (
          <p role="alert" className="text-red-800">
            That is not a Bancontact payment link.
          </p>
        )}
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Open
        </button>
      </form>
    </main>
  );
}
