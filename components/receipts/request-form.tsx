// The form every cardholder request page sends (refund, dispute, stop): which request, for which
// payment, with the page's own signed link, then the page's fields and the one send button.
import { sendRequestAction } from "@/app/(receipts)/payments/[paymentId]/actions";
import { buttonClass } from "./receipt-shell";

type Props = { kind: "refund" | "dispute" | "stop"; paymentId: string; token: string; send: string; children: React.ReactNode };

export function RequestForm({ kind, paymentId, token, send, children }: Props) {
  return (
    <form action={sendRequestAction} className="mt-6 flex flex-col gap-4">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="t" value={token} />
      {children}
      <div>
        <button type="submit" className={buttonClass}>
          {send}
        </button>
      </div>
    </form>
  );
}
