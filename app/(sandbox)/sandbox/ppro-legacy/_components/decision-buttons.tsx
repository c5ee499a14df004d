// The three choices the PPRO legacy sandbox's bank page and app offer on a pending payment.
import { approveDecline, DecisionForms, LEAVE } from "@/components/sandbox/decision-forms";
import type { SandboxTexts } from "@/lib/sandboxes/texts";

export function DecisionButtons({ txid, via, t }: { txid: string; via: "bank" | "app"; t: SandboxTexts }) {
  return <DecisionForms action={`/sandbox/ppro-legacy/pay/${txid}/decide`} choices={[...approveDecline(t), ["abandon", t.leave, LEAVE]]} hidden={{ via }} />;
}
