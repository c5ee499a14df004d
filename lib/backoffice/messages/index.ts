// The back office's words in the four languages.
import type { Locale } from "../../i18n/locales";
import de from "./de";
import en, { type BackOfficeMessages } from "./en";
import fr from "./fr";
import nl from "./nl";

const MESSAGES: Record<Locale, BackOfficeMessages> = { en, nl, fr, de };

export function backOfficeMessages(locale: Locale): BackOfficeMessages {
  return MESSAGES[locale];
}
export type { BackOfficeMessages };
