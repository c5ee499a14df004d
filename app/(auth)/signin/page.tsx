// Sign-in page for cardholders (email link) and merchant staff (password).
import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { CardholderSignIn, StaffSignIn } from "@/components/auth/signin-forms";
import { getI18n } from "@/lib/i18n/server";
import { RATE_LIMITED_ERROR } from "@/lib/rate-limit/sign-in";
import { openToAnyone } from "@/lib/access/pages";
import { returnTo } from "@/lib/auth/return-to";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; next?: string; reason?: string }> }) {
  openToAnyone();
  const [{ locale, m }, { error, next, reason }] = await Promise.all([getI18n(), searchParams]);
  const labels = {
    email: m.auth.email,
    password: m.auth.password,
    sendLink: m.auth.sendLink,
    sending: m.auth.sending,
    signInStaff: m.auth.signInStaff,
    wrongCredentials: m.auth.wrongCredentials,
    invalidEmail: m.auth.invalidEmail,
    tooManyAttempts: m.auth.tooManyAttempts,
  };
  return (
    <>
      <SiteHeader locale={locale} m={m} />
      <main id="main" className="mx-auto max-w-md px-4 py-8">
        <h1 className="text-2xl font-bold">{m.auth.signIn}</h1>
        {reason === "save-card" && (
          <p role="status" className="mt-4 rounded bg-sky-50 p-3 text-sky-900">
            {m.auth.signInToSaveCard}
          </p>
        )}
        {error && (
          <p role="alert" className="mt-4 rounded bg-red-50 p-3 text-red-900">
            {error === "Verification" ? m.auth.linkError : error === RATE_LIMITED_ERROR ? m.auth.tooManyAttempts : m.auth.wrongCredentials}
          </p>
        )}
        <section aria-labelledby="cardholders" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="cardholders" className="text-lg font-semibold">
            {m.auth.cardholderHeading}
          </h2>
          <p className="mb-3 text-stone-700">{m.auth.cardholderIntro}</p>
          <CardholderSignIn labels={labels} callbackUrl={returnTo(next)} />
        </section>
        <section aria-labelledby="staff" className="mt-6 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="staff" className="mb-3 text-lg font-semibold">
            {m.auth.staffHeading}
          </h2>
          <StaffSignIn labels={labels} />
        </section>
      </main>
    </>
  );
}
