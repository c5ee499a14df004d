"use client";
// The cart's checkout form: optional receipt email, one submit that cannot be double-sent.
import { useActionState } from "react";
import { checkoutCart, type CheckoutFormState } from "@/app/(shop)/actions";

type Labels = { email: string; checkout: string; paying: string; failed: string; emailInvalid: string };

export function CheckoutForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState<CheckoutFormState, FormData>(checkoutCart, undefined);
  const emailError = state?.fieldErrors?.email ? labels.emailInvalid : undefined;
  return (
    <form action={action} className="mt-6 flex flex-col gap-3" noValidate>
      <label htmlFor="email" className="font-medium">
        {labels.email}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? "email-error" : undefined}
        className="rounded border border-stone-400 px-3 py-2"
      />
      {emailError && (
        <p id="email-error" className="text-red-800">
          {emailError}
        </p>
      )}
      {state?.error && (
        <p role="alert" className="rounded bg-red-50 p-3 text-red-800">
          {labels.failed.replace("{message}", state.error)}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-3 text-lg font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? labels.paying : labels.checkout}
      </button>
    </form>
  );
}
