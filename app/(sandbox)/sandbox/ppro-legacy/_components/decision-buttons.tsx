// The three choices the PPRO legacy sandbox's bank page and app offer on a pending payment.
const CHOICES = [
  ["approve", "Approve payment", "bg-green-700 text-white"],
  ["decline", "Decline payment", "bg-red-700 text-white"],
  ["abandon", "Back to the shop without paying", "border border-stone-400 bg-white text-stone-900"],
] as const;

export function DecisionButtons({ txid, via }: { txid: string; via: "bank" | "app" }) {
  return (
    <div className="mt-6 flex flex-col gap-3">
      {CHOICES.map(([outcome, label, tone]) => (
        <form key={outcome} action={`/sandbox/ppro-legacy/pay/${txid}/decide`} method="post">
          <input type="hidden" name="outcome" value={outcome} />
          <input type="hidden" name="via" value={via} />
          <button type="submit" className={`w-full rounded px-4 py-3 font-semibold ${tone}`}>
            {label}
          </button>
        </form>
      ))}
    </div>
  );
}

export const euros = (cents: number) => new Intl.NumberFormat("en-BE", { style: "currency", currency: "EUR" }).format(cents / 100);
