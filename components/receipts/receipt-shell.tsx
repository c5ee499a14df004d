// The frame of every receipt page: the header with the merchant's name and the language switch,
// the page heading, and a way back to the receipt.
import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";

export function ReceiptShell(props: { locale: Locale; m: Messages; merchant: string; title: string; back?: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader locale={props.locale} m={props.m} brand={{ name: props.merchant }} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-8">
        <h1 className="text-2xl font-bold">{props.title}</h1>
        {props.children}
        {props.back && (
          <p className="mt-8">
            <Link href={props.back.href} className="text-blue-700 underline">
              {props.back.label}
            </Link>
          </p>
        )}
      </main>
    </>
  );
}

export function FormError({ text }: { text: string | null }) {
  return text ? (
    <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900" data-testid="request-error">
      {text}
    </p>
  ) : null;
}

export const buttonClass = "mt-6 rounded bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 focus:outline-none focus:ring-2 focus:ring-blue-600";
export const inputClass = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2";
