// Header on every shopper page: the shop's name, an optional cart link, the language switcher.
import Link from "next/link";
import { LanguageSwitcher } from "./i18n/language-switcher";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";

export function SiteHeader({ locale, m, cartCount }: { locale: Locale; m: Messages; cartCount?: number }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-stone-900">
          {m.shop.title}
        </Link>
        <nav className="flex flex-wrap items-center gap-4">
          {cartCount !== undefined && (
            <Link href="/cart" className="rounded px-2 py-1 font-medium text-brand underline-offset-4 hover:underline">
              {m.shop.cartCount.replace("{count}", String(cartCount))}
            </Link>
          )}
          <Link href="/signin" className="rounded px-2 py-1 text-stone-800 underline-offset-4 hover:underline">
            {m.auth.signIn}
          </Link>
          <LanguageSwitcher locale={locale} label={m.common.language} submitLabel={m.common.change} />
        </nav>
      </div>
    </header>
  );
}
