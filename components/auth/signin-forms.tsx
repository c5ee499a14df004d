"use client";
// The two ways in: a sign-in link by email for cardholders, email and password for staff.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";

type Labels = {
  email: string;
  password: string;
  sendLink: string;
  sending: string;
  signInStaff: string;
  wrongCredentials: string;
  invalidEmail: string;
  tooManyAttempts: string;
};

const input = "rounded border border-stone-400 px-3 py-2";
const button = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60";

/** `callbackUrl`: where the link brings the cardholder back (checked by the page: lib/auth/return-to.ts). */
export function CardholderSignIn({ labels, callbackUrl = "/account" }: { labels: Labels; callbackUrl?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = z.email().safeParse(form.get("email"));
    if (!email.success) return setError(labels.invalidEmail);
    setBusy(true);
    const res = await signIn("email", { email: email.data, redirect: false, callbackUrl });
    setBusy(false);
    if (res?.status === 429) return setError(labels.tooManyAttempts);
    if (res?.error) return setError(labels.invalidEmail);
    router.push("/signin/check-email");
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor="cardholder-email" className="font-medium">
        {labels.email}
      </label>
      <input id="cardholder-email" name="email" type="email" autoComplete="email" required className={input} aria-invalid={error ? true : undefined} aria-describedby={error ? "cardholder-error" : undefined} />
      {error && (
        <p id="cardholder-error" role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className={button}>
        {busy ? labels.sending : labels.sendLink}
      </button>
    </form>
  );
}

export function StaffSignIn({ labels }: { labels: Labels }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    // onSubmit rather than a form action: React resets a form after its action, and a
    // shopper who mistyped the password should not have to type the email again.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const res = await signIn("staff", { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? ""), redirect: false });
    setBusy(false);
    if (res?.status === 429) return setError(labels.tooManyAttempts);
    if (!res || res.error) return setError(labels.wrongCredentials);
    router.push("/merchant");
    router.refresh();
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <label htmlFor="staff-email" className="font-medium">
        {labels.email}
      </label>
      <input id="staff-email" name="email" type="email" autoComplete="username" required className={input} />
      <label htmlFor="staff-password" className="font-medium">
        {labels.password}
      </label>
      <input id="staff-password" name="password" type="password" autoComplete="current-password" required className={input} />
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy} className={button}>
        {labels.signInStaff}
      </button>
    </form>
  );
}
