// The three choices the PPRO legacy sandbox's bank page and app offer on a pending payment.
import { APPROVE, DECLINE, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";

export function DecisionButtons({ txid, via }: { txid: string; via: "bank" | "app" }) {
  return (
    <DecisionForms
      action={`/sandbox/ppro-legacy/pay/${txid}/decide`}
      choices={[APPROVE, DECLINE, ["abandon", "Back to the shop without paying", LEAVE]]}
      hidden={{ via }}
    />
  );
}

export const euros = (cents: number) => new Intl.NumberFormat("en-BE", { style: "currency", currency: "EUR" }).format(cents / 100);
