// Bancontact app simulator: open a QR payload or deep link by pasting it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireSandbox } from "@/lib/access/pages";
import { appPageFor } from "@/lib/sandboxes/app-links";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getSandboxTexts()).t.simulatorTitle };
}

export default async function AppSimulator({ searchParams }: { searchParams: Promise<{ payload?: string }> }) {
  requireSandbox();
  const [{ payload }, { t }] = await Promise.all([searchParams, getSandboxTexts()]);
  const target = payload ? appPageFor(payload) : null;
  if (target) redirect(target);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-8">
      <h1 className="text-2xl font-bold">{t.appTitle}</h1>
      <p className="mt-2 text-stone-700">{t.simulatorIntro}</p>
      <form className="mt-4 flex flex-col gap-2">
        <label htmlFor="payload" className="font-medium">
          {t.payloadLabel}
        </label>
        <input id="payload" name="payload" defaultValue={payload ?? ""} className="rounded border border-stone-400 px-3 py-2 font-mono text-sm" />
        {payload && !target && (
          <p role="alert" className="text-red-800">
            {t.notALink}
          </p>
        )}
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          {t.open}
        </button>
      </form>
    </main>
  );
}
