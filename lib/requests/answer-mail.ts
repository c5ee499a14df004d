// The mail telling a cardholder how the merchant answered their request, in the language they
// asked in, as text and HTML. Its link is the signed link to the request's progress page, so it
// opens without a password, like the receipt's links.
import { fill } from "../i18n/format";
import { isLocale, type Locale } from "../i18n/locales";
import { htmlMail, type HtmlBlock } from "../mail/html";
import { formatMoney } from "../payments/money";

export type Outcome = "approved" | "part-approved" | "declined" | "answered";

export const WORDS: Record<Locale, { subject: string; hello: string; outcomes: Record<Outcome, string>; answer: string; follow: string }> = {
  en: {
    subject: "{merchant} answered your request",
    hello: "Hello,",
    outcomes: {
      approved: "{merchant} approved your refund of {amount}. It is on its way to your account.",
      "part-approved": "{merchant} approved a refund of {amount} of what you asked. It is on its way to your account.",
      declined: "{merchant} declined your refund request.",
      answered: "{merchant} answered your dispute.",
    },
    answer: "Their answer:",
    follow: "Follow your request: {link}",
  },
  nl: {
    subject: "{merchant} heeft uw verzoek beantwoord",
    hello: "Hallo,",
    outcomes: {
      approved: "{merchant} heeft uw terugbetaling van {amount} goedgekeurd. Ze is onderweg naar uw rekening.",
      "part-approved": "{merchant} heeft een terugbetaling van {amount} van uw verzoek goedgekeurd. Ze is onderweg naar uw rekening.",
      declined: "{merchant} heeft uw verzoek tot terugbetaling geweigerd.",
      answered: "{merchant} heeft uw betwisting beantwoord.",
    },
    answer: "Hun antwoord:",
    follow: "Volg uw verzoek: {link}",
  },
  fr: {
    subject: "{merchant} a répondu à votre demande",
    hello: "Bonjour,",
    outcomes: {
      approved: "{merchant} a accepté votre remboursement de {amount}. Il est en route vers votre compte.",
      "part-approved": "{merchant} a accepté un remboursement de {amount} sur votre demande. Il est en route vers votre compte.",
      declined: "{merchant} a refusé votre demande de remboursement.",
      answered: "{merchant} a répondu à votre contestation.",
    },
    answer: "Sa réponse :",
    follow: "Suivez votre demande : {link}",
  },
  de: {
    subject: "{merchant} hat Ihre Anfrage beantwortet",
    hello: "Guten Tag,",
    outcomes: {
      approved: "{merchant} hat Ihre Erstattung von {amount} genehmigt. Sie ist unterwegs auf Ihr Konto.",
      "part-approved": "{merchant} hat eine Erstattung von {amount} Ihrer Anfrage genehmigt. Sie ist unterwegs auf Ihr Konto.",
      declined: "{merchant} hat Ihre Erstattungsanfrage abgelehnt.",
      answered: "{merchant} hat Ihre Reklamation beantwortet.",
    },
    answer: "Die Antwort:",
    follow: "Verfolgen Sie Ihre Anfrage: {link}",
  },
};

export function outcomeMail(input: { locale: string | null; merchant: string; outcome: Outcome; amount: number | null; answer: string | null; link: string }): { subject: string; text: string; html: string } {
  const locale: Locale = isLocale(input.locale) ? input.locale : "en";
  const w = WORDS[locale];
  const values = { merchant: input.merchant, amount: input.amount === null ? "" : formatMoney(input.amount, "EUR", locale), link: input.link };
  const outcome = fill(w.outcomes[input.outcome], values);
  const follow = fill(w.follow, values);
  const lines = [w.hello, "", outcome];
  if (input.answer) lines.push("", w.answer, input.answer);
  lines.push("", follow);
  const subject = fill(w.subject, values);
  const blocks: HtmlBlock[] = [{ p: w.hello }, { p: outcome }];
  if (input.answer) blocks.push({ p: w.answer }, { p: input.answer });
  // The link's label is the follow-up sentence without its "{link}" placeholder.
  blocks.push({ links: [{ label: fill(w.follow, { link: "" }).replace(/\s*:\s*$/, ""), href: input.link }] });
  return { subject, text: lines.join("\n"), html: htmlMail(locale, subject, blocks) };
}
