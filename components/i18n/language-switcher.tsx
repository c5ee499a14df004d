"use client";
// Language switcher on every page: changing the select submits the form; the button is there
// for keyboards and browsers without JavaScript.
import { useRef } from "react";
import { setLocale } from "@/app/actions/locale";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

export function LanguageSwitcher({ locale, label, submitLabel }: { locale: Locale; label: string; submitLabel: string }) {
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={setLocale} className="flex items-center gap-2 text-sm">
      <label htmlFor="locale-select" className="text-stone-700">
        {label}
      </label>
      <select
        id="locale-select"
        name="locale"
        defaultValue={locale}
        onChange={() => form.current?.requestSubmit()}
        className="rounded border border-stone-400 bg-white px-2 py-1 text-stone-900"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border border-stone-400 px-2 py-1">
          {submitLabel}
        </button>
      </noscript>
    </form>
  );
}
