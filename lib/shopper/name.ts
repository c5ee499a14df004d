// The shopper's real full name, as some providers need it: PPRO's consumer.name (seed 001), the
// legacy API's accountholdername (seed 002) and WooshPay's billing_details (seed 000). It is asked
// for on the checkout page (or given by the merchant API), never derived from an email address.
import { z } from "zod";
import type { ProviderId } from "../payments/providers";

/** Providers whose request carries the shopper's name. */
export const NAME_PROVIDERS = ["ppro", "ppro-legacy", "wooshpay"] as const satisfies readonly ProviderId[];

export function needsShopperName(provider: ProviderId): boolean {
  return (NAME_PROVIDERS as readonly ProviderId[]).includes(provider);
}

// Letters of any script (with their combining marks, so "é" typed either way passes), spaces and
// the punctuation real names use: apostrophes (' and ’), hyphens and dots ("J. R. Doe"). It starts
// with a letter. Digits, emoji, symbols and control characters are refused.
const NAME_PATTERN = /^\p{L}[\p{L}\p{M} '’.-]*$/u;

export const ShopperNameSchema = z
  .string("is required")
  .transform((s) => s.normalize("NFC").trim().replace(/ {2,}/g, " "))
  .pipe(
    z
      .string()
      .min(2, "must be at least 2 characters")
      .max(100, "must be at most 100 characters")
      .regex(NAME_PATTERN, "may hold only letters, spaces, apostrophes, hyphens and dots"),
  );
