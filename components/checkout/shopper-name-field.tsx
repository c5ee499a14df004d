// "Full name" on the checkout page, shown when a provider on offer sends the shopper's name
// (PPRO's consumer.name, the legacy accountholdername, WooshPay's billing_details). Required by
// the browser for those providers' buttons; the server checks it again (lib/shopper/name.ts).
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";
import { PROVIDER_NAMES, type ProviderId } from "@/lib/payments/providers";

type Props = { m: Messages; providers: ProviderId[]; value: string; error: string | null };

export function ShopperNameField({ m, providers, value, error }: Props) {
  const describedBy = error ? "shopper-name-hint shopper-name-error" : "shopper-name-hint";
  return (
    <div className="mb-3">
      <label htmlFor="shopper-name" className="block font-medium">
        {m.checkout.shopperName}
      </label>
      <p id="shopper-name-hint" className="text-sm text-stone-700">
        {fill(m.checkout.shopperNameHint, { providers: providers.map((p) => PROVIDER_NAMES[p]).join(", ") })}
      </p>
      <input
        id="shopper-name"
        name="name"
        type="text"
        autoComplete="name"
        required
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
