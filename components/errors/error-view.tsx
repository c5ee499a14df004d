"use client";
// What error.tsx and global-error.tsx show: the brand-neutral header line, the message in the
// page's language (<html lang>, set by the root layout from the shopper's choice), try again, home.
import { useSyncExternalStore } from "react";
import { errorPageTexts } from "@/lib/i18n/error-page-texts";

const noSubscribe = () => () => {};

export function ErrorView({ reset, lang }: { reset: () => void; lang?: string }) {
  const pageLang = useSyncExternalStore(noSubscribe, () => document.documentElement.lang, () => "en");
  const t = errorPageTexts(lang ?? pageLang);
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3">{t.body}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-4 py-3 font-semibold text-white hover:bg-brand-dark">
          {t.retry}
        </button>
        {/* A full page load: whatever broke this page is not carried over to the next. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="rounded border border-stone-400 bg-white px-4 py-3 font-medium text-stone-900 hover:bg-stone-100">
          {t.home}
        </a>
      </p>
    </main>
  );
}
