// "Full name" on the checkout page, shown when a provider that may serve sends the shopper's name
// (PPRO's consumer.name, the legacy accountholdername, WooshPay's billing_details). Required by
// the browser when the first in line needs it; the server checks it again (lib/shopper/name.ts).
// Which provider that is stays unsaid: shoppers see no provider names.
import type { Messages } from "@/lib/i18n/messages/en";

type Props = { m: Messages; required: boolean; value: string; error: string | null };

export function ShopperNameField({ m, required, value, error }: Props) {
  const describedBy = error ? "shopper-name-hint shopper-name-error" : "shopper-name-hint";
  return (
    <div className="mb-3">
      <label htmlFor="shopper-name" className="block font-medium">
        {m.checkout.shopperName}
      </label>
      <p id="shopper-name-hint" className="text-sm text-stone-700">
        {m.checkout.choice.nameHint}
      </p>
      <input
        id="shopper-name"
        name="name"
        type="text"
        autoComplete="name"
        required={required}
        minLength={2}
        maxLength={100}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 w-full rounded border px-3 py-2 ${error ? "border-red-700" : "border-stone-400"}`}
      />
      {error && (
        <p id="shopper-name-error" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
