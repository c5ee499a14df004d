// Header on every shopper and cardholder page: whose page it is (the merchant's name and logo on
// its checkout, the demo shop's name in the demo shop), an optional cart link, who is signed in
// (with the way to their account, or for staff to the dashboard) or "Sign in", the language switcher.
import Link from "next/link";
import { SignOutButton } from "./auth/signout-button";
import { LanguageSwitcher } from "./i18n/language-switcher";
import { currentPrincipal } from "@/lib/access/current";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages/en";

export type Brand = { name: string; logoUrl?: string | null; href?: string };

const navLink = "rounded px-2 py-1 text-stone-800 underline-offset-4 hover:underline";

/** The signed-in person's email (cut short with an ellipsis on a phone), their place, sign out. */
async function Who({ m }: { m: Messages }) {
  const p = await currentPrincipal();
  if (p.kind !== "cardholder" && p.kind !== "staff") {
    return (
      <Link href="/signin" className={navLink}>
        {m.auth.signIn}
      </Link>
    );
  }
  return (
    <>
      <span data-testid="signed-in-as">
        <span className="sr-only">{fill(m.siteHeader.signedInAs, { email: p.email })}</span>
        <span aria-hidden="true" title={p.email} className="inline-block max-w-[11rem] truncate align-bottom text-sm text-stone-700 sm:max-w-[16rem]">
          {p.email}
        </span>
      </span>
      {p.kind === "staff" ? (
        <Link href="/merchant" className={`${navLink} font-medium`}>
          {m.siteHeader.dashboard}
        </Link>
      ) : (
        <Link href="/account" className={`${navLink} font-medium`}>
          {m.siteHeader.account}
        </Link>
      )}
      <SignOutButton label={m.auth.signOut} />
    </>
  );
}

export function SiteHeader({ locale, m, brand, cartCount }: { locale: Locale; m: Messages; brand?: Brand; cartCount?: number }) {
  const b = brand ?? { name: m.common.appName, href: "/" };
  const mark = (
    <>
      {b.logoUrl && (
        // A merchant's logo from its own https URL: next/image would need every merchant's host
        // in next.config, so a plain img (sized, decorative: the name follows as text).
        // eslint-disable-next-line @next/next/no-img-element
        <img src={b.logoUrl} alt="" className="h-8 w-auto max-w-32 object-contain" referrerPolicy="no-referrer" />
      )}
      <span data-testid="brand-name">{b.name}</span>
    </>
  );
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {b.href ? (
          <Link href={b.href} className="flex items-center gap-2 text-xl font-semibold text-stone-900">
            {mark}
          </Link>
        ) : (
          <span className="flex items-center gap-2 text-xl font-semibold text-stone-900">{mark}</span>
        )}
        <nav className="flex flex-wrap items-center gap-4">
          {cartCount !== undefined && (
            <Link href="/cart" className="rounded px-2 py-1 font-medium text-brand underline-offset-4 hover:underline">
              {m.shop.cartCount.replace("{count}", String(cartCount))}
            </Link>
          )}
          <Who m={m} />
          <LanguageSwitcher locale={locale} label={m.common.language} submitLabel={m.common.change} />
        </nav>
      </div>
    </header>
  );
}
