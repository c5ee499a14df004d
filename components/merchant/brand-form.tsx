"use client";
// The merchant's name, address and logo, as shown to shoppers.
import { useActionState } from "react";
import { saveBrandAction, type BrandState } from "@/app/(merchant)/merchant/settings/brand-actions";
import type { Messages } from "@/lib/i18n/messages/en";

type Field = "name" | "address" | "logoUrl";
const input = "rounded border border-stone-400 px-3 py-2";

export function BrandForm({ m, values }: { m: Messages["brand"]; values: Record<Field, string> }) {
  const [state, action, pending] = useActionState<BrandState, FormData>(saveBrandAction, undefined);
  const errors: Record<Field, string> = { name: m.invalidName, address: m.invalidAddress, logoUrl: m.invalidLogo };
  const field = (name: Field, label: string, type = "text") => {
    const invalid = state?.fieldErrors?.[name] === true;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`brand-${name}`} className="font-medium">
          {label}
        </label>
        <input id={`brand-${name}`} name={name} type={type} defaultValue={values[name]} className={input} aria-invalid={invalid || undefined} aria-describedby={invalid ? `brand-${name}-error` : undefined} />
        {invalid && (
          <p id={`brand-${name}-error`} className="text-red-800">
            {errors[name]}
          </p>
        )}
      </div>
    );
  };
  return (
    <form action={action} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{m.brandHeading}</h2>
      <p className="text-stone-700">{m.brandIntro}</p>
      {field("name", m.name)}
      {field("address", m.address)}
      {field("logoUrl", m.logoUrl, "url")}
      {state?.saved && <p role="status">{m.saved}</p>}
      <button type="submit" disabled={pending} className="self-start rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {m.save}
      </button>
    </form>
  );
}
