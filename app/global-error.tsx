"use client";
// The root layout itself failed: this replaces it, so it brings its own <html>; the language is the
// browser's, the only one known here.
import "./globals.css";
import { useSyncExternalStore } from "react";
import { ErrorView } from "@/components/errors/error-view";
import { errorPageLocale } from "@/lib/i18n/error-page-texts";

const noSubscribe = () => () => {};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscribe, () => navigator.language, () => "en");
  return (
    <html lang={errorPageLocale(lang)}>
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <ErrorView reset={reset} lang={lang} />
      </body>
    </html>
  );
}
