// The error page's words. It is a client component (React error boundary) that cannot read the
// server's messages, so it carries only these few, in the four languages, and picks by <html lang>.
import { isLocale, type Locale } from "./locales";

export type ErrorPageTexts = { title: string; body: string; retry: string; home: string };

export const ERROR_PAGE_TEXTS: Record<Locale, ErrorPageTexts> = {
  en: { title: "Something went wrong", body: "We could not show this page. Please try again in a moment.", retry: "Try again", home: "Go to the home page" },
  nl: { title: "Er ging iets mis", body: "We konden deze pagina niet tonen. Probeer het zo meteen opnieuw.", retry: "Opnieuw proberen", home: "Naar de startpagina" },
  fr: { title: "Un problème est survenu", body: "Nous n’avons pas pu afficher cette page. Réessayez dans un instant.", retry: "Réessayer", home: "Aller à la page d’accueil" },
  de: { title: "Etwas ist schiefgelaufen", body: "Diese Seite konnte nicht angezeigt werden. Bitte versuchen Sie es gleich noch einmal.", retry: "Erneut versuchen", home: "Zur Startseite" },
};

/** One of our languages for a language tag ("nl-BE" → nl), English for any other. */
export function errorPageLocale(lang: string | undefined | null): Locale {
  const short = (lang ?? "").slice(0, 2).toLowerCase();
  return isLocale(short) ? short : "en";
}

export function errorPageTexts(lang: string | undefined | null): ErrorPageTexts {
  return ERROR_PAGE_TEXTS[errorPageLocale(lang)];
}
