// What the cardholder reads about charges on their linked cards, in the four languages: the mails
// (a charge waiting for them, a charge made, a card or link about to expire) and the page where
// they authenticate a waiting charge. Placeholders in {braces} are filled by lib/i18n/format.ts.
import type { Locale } from "../i18n/locales";

const en = {
  waitingSubject: "{merchant} asks you to confirm a payment of {amount}",
  waitingBody:
    "Hello,\n\n{merchant} charged {amount} to your Bancontact card {card} for \"{description}\", and your bank asks you to confirm this payment.\n\nConfirm it (or refuse it) here:\n{url}\n\nIf you do nothing, the payment is not made.\n\nYour saved cards: {cardsUrl}",
  paidSubject: "Payment of {amount} to {merchant}",
  paidBody:
    "Hello,\n\n{merchant} charged your saved Bancontact card.\n\nAmount: {amount}\nMerchant: {merchant}\nDate: {date}\nDescription: {description}\nCard: {card}\n\nTo ask {merchant} for a refund, or to stop future payments, contact {merchant}. To see or delete your saved cards: {cardsUrl}",
  cardExpirySubject: "Your Bancontact card saved with {merchant} expires soon",
  cardExpiryBody:
    "Hello,\n\nYour Bancontact card {card} saved with {merchant} expires at the end of {expiry}. After that, {merchant} can no longer charge it.\n\nTo keep paying this way, replace the card: {cardsUrl}",
  linkExpirySubject: "Your card saved with {merchant} stops working on {date}",
  linkExpiryBody:
    "Hello,\n\nYour Bancontact card {card} saved with {merchant} has not been used for a while. Unless it is used before {date}, the link ends and {merchant} can no longer charge it.\n\nTo keep paying this way, link the card again: {cardsUrl}",
  pageTitle: "Confirm a payment",
  merchant: "Merchant",
  amount: "Amount",
  description: "Description",
  card: "Card",
  intro: "{merchant} charged your saved card and your bank asks you to confirm this payment.",
  scanPrompt: "Scan this code with the Bancontact app",
  qrLabel: "QR code to confirm the payment in the Bancontact app",
  openApp: "Open in the Bancontact app",
  showQr: "Show the QR code",
  bankPage: "Confirm on your bank's page instead",
  waiting: "Waiting for your confirmation.",
  paid: "Payment confirmed. Thank you.",
  failed: "This payment was not made.",
  cardsLink: "Your saved cards",
  unnumberedCard: "Bancontact card",
} as const;
export type NotificationTexts = { [K in keyof typeof en]: string };

const nl: NotificationTexts = {
  waitingSubject: "{merchant} vraagt u een betaling van {amount} te bevestigen",
  waitingBody:
    "Hallo,\n\n{merchant} heeft {amount} aangerekend op uw Bancontact-kaart {card} voor \"{description}\", en uw bank vraagt u deze betaling te bevestigen.\n\nBevestig (of weiger) ze hier:\n{url}\n\nAls u niets doet, wordt de betaling niet uitgevoerd.\n\nUw bewaarde kaarten: {cardsUrl}",
  paidSubject: "Betaling van {amount} aan {merchant}",
  paidBody:
    "Hallo,\n\n{merchant} heeft uw bewaarde Bancontact-kaart aangerekend.\n\nBedrag: {amount}\nHandelaar: {merchant}\nDatum: {date}\nOmschrijving: {description}\nKaart: {card}\n\nNeem contact op met {merchant} om een terugbetaling te vragen of toekomstige betalingen te stoppen. Uw bewaarde kaarten bekijken of verwijderen: {cardsUrl}",
  cardExpirySubject: "Uw Bancontact-kaart bij {merchant} vervalt binnenkort",
  cardExpiryBody:
    "Hallo,\n\nUw Bancontact-kaart {card} bewaard bij {merchant} vervalt eind {expiry}. Daarna kan {merchant} ze niet meer aanrekenen.\n\nVervang de kaart om zo te blijven betalen: {cardsUrl}",
  linkExpirySubject: "Uw kaart bij {merchant} werkt niet meer vanaf {date}",
  linkExpiryBody:
    "Hallo,\n\nUw Bancontact-kaart {card} bewaard bij {merchant} is een tijd niet gebruikt. Wordt ze niet gebruikt vóór {date}, dan vervalt de koppeling en kan {merchant} ze niet meer aanrekenen.\n\nKoppel de kaart opnieuw om zo te blijven betalen: {cardsUrl}",
  pageTitle: "Een betaling bevestigen",
  merchant: "Handelaar",
  amount: "Bedrag",
  description: "Omschrijving",
  card: "Kaart",
  intro: "{merchant} heeft uw bewaarde kaart aangerekend en uw bank vraagt u deze betaling te bevestigen.",
  scanPrompt: "Scan deze code met de Bancontact-app",
  qrLabel: "QR-code om de betaling te bevestigen in de Bancontact-app",
  openApp: "Openen in de Bancontact-app",
  showQr: "Toon de QR-code",
  bankPage: "Bevestig liever op de pagina van uw bank",
  waiting: "Wacht op uw bevestiging.",
  paid: "Betaling bevestigd. Dank u.",
  failed: "Deze betaling is niet uitgevoerd.",
  cardsLink: "Uw bewaarde kaarten",
  unnumberedCard: "Bancontact-kaart",
};

const fr: NotificationTexts = {
  waitingSubject: "{merchant} vous demande de confirmer un paiement de {amount}",
  waitingBody:
    "Bonjour,\n\n{merchant} a débité {amount} sur votre carte Bancontact {card} pour « {description} », et votre banque vous demande de confirmer ce paiement.\n\nConfirmez-le (ou refusez-le) ici :\n{url}\n\nSans action de votre part, le paiement n'est pas effectué.\n\nVos cartes enregistrées : {cardsUrl}",
  paidSubject: "Paiement de {amount} à {merchant}",
  paidBody:
    "Bonjour,\n\n{merchant} a débité votre carte Bancontact enregistrée.\n\nMontant : {amount}\nCommerçant : {merchant}\nDate : {date}\nDescription : {description}\nCarte : {card}\n\nPour demander un remboursement à {merchant} ou arrêter les paiements futurs, contactez {merchant}. Pour voir ou supprimer vos cartes enregistrées : {cardsUrl}",
  cardExpirySubject: "Votre carte Bancontact enregistrée chez {merchant} expire bientôt",
  cardExpiryBody:
    "Bonjour,\n\nVotre carte Bancontact {card} enregistrée chez {merchant} expire fin {expiry}. Ensuite, {merchant} ne pourra plus la débiter.\n\nPour continuer à payer ainsi, remplacez la carte : {cardsUrl}",
  linkExpirySubject: "Votre carte enregistrée chez {merchant} ne fonctionnera plus le {date}",
  linkExpiryBody:
    "Bonjour,\n\nVotre carte Bancontact {card} enregistrée chez {merchant} n'a pas servi depuis longtemps. Si elle n'est pas utilisée avant le {date}, le lien prend fin et {merchant} ne pourra plus la débiter.\n\nPour continuer à payer ainsi, liez à nouveau la carte : {cardsUrl}",
  pageTitle: "Confirmer un paiement",
  merchant: "Commerçant",
  amount: "Montant",
  description: "Description",
  card: "Carte",
  intro: "{merchant} a débité votre carte enregistrée et votre banque vous demande de confirmer ce paiement.",
  scanPrompt: "Scannez ce code avec l'app Bancontact",
  qrLabel: "Code QR pour confirmer le paiement dans l'app Bancontact",
  openApp: "Ouvrir dans l'app Bancontact",
  showQr: "Afficher le code QR",
  bankPage: "Confirmer plutôt sur la page de votre banque",
  waiting: "En attente de votre confirmation.",
  paid: "Paiement confirmé. Merci.",
  failed: "Ce paiement n'a pas été effectué.",
  cardsLink: "Vos cartes enregistrées",
  unnumberedCard: "carte Bancontact",
};

const de: NotificationTexts = {
  waitingSubject: "{merchant} bittet Sie, eine Zahlung von {amount} zu bestätigen",
  waitingBody:
    "Hallo,\n\n{merchant} hat {amount} von Ihrer Bancontact-Karte {card} für „{description}“ abgebucht, und Ihre Bank bittet Sie, diese Zahlung zu bestätigen.\n\nBestätigen Sie sie hier (oder lehnen Sie sie ab):\n{url}\n\nWenn Sie nichts tun, wird die Zahlung nicht ausgeführt.\n\nIhre gespeicherten Karten: {cardsUrl}",
  paidSubject: "Zahlung von {amount} an {merchant}",
  paidBody:
    "Hallo,\n\n{merchant} hat Ihre gespeicherte Bancontact-Karte belastet.\n\nBetrag: {amount}\nHändler: {merchant}\nDatum: {date}\nBeschreibung: {description}\nKarte: {card}\n\nUm eine Erstattung zu verlangen oder künftige Zahlungen zu stoppen, wenden Sie sich an {merchant}. Ihre gespeicherten Karten ansehen oder löschen: {cardsUrl}",
  cardExpirySubject: "Ihre bei {merchant} gespeicherte Bancontact-Karte läuft bald ab",
  cardExpiryBody:
    "Hallo,\n\nIhre bei {merchant} gespeicherte Bancontact-Karte {card} läuft Ende {expiry} ab. Danach kann {merchant} sie nicht mehr belasten.\n\nUm weiter so zu zahlen, ersetzen Sie die Karte: {cardsUrl}",
  linkExpirySubject: "Ihre bei {merchant} gespeicherte Karte funktioniert ab {date} nicht mehr",
  linkExpiryBody:
    "Hallo,\n\nIhre bei {merchant} gespeicherte Bancontact-Karte {card} wurde länger nicht benutzt. Wird sie nicht vor dem {date} benutzt, endet die Verknüpfung und {merchant} kann sie nicht mehr belasten.\n\nUm weiter so zu zahlen, verknüpfen Sie die Karte erneut: {cardsUrl}",
  pageTitle: "Eine Zahlung bestätigen",
  merchant: "Händler",
  amount: "Betrag",
  description: "Beschreibung",
  card: "Karte",
  intro: "{merchant} hat Ihre gespeicherte Karte belastet und Ihre Bank bittet Sie, diese Zahlung zu bestätigen.",
  scanPrompt: "Scannen Sie diesen Code mit der Bancontact-App",
  qrLabel: "QR-Code zum Bestätigen der Zahlung in der Bancontact-App",
  openApp: "In der Bancontact-App öffnen",
  showQr: "QR-Code anzeigen",
  bankPage: "Stattdessen auf der Seite Ihrer Bank bestätigen",
  waiting: "Wartet auf Ihre Bestätigung.",
  paid: "Zahlung bestätigt. Vielen Dank.",
  failed: "Diese Zahlung wurde nicht ausgeführt.",
  cardsLink: "Ihre gespeicherten Karten",
  unnumberedCard: "Bancontact-Karte",
};

const TEXTS: Record<Locale, NotificationTexts> = { en, nl, fr, de };

export function notificationTexts(locale: Locale): NotificationTexts {
  return TEXTS[locale];
}
