// The sandboxes' hosted pages: one plain form per choice the shopper (or the app) can make,
// posted to the sandbox's decision route. Works without JavaScript, as bank pages do.
import type { SandboxTexts } from "@/lib/sandboxes/texts";

export type Choice = readonly [value: string, label: string, tone: string];

export const APPROVE_TONE = "bg-green-700 text-white";
export const DECLINE_TONE = "bg-red-700 text-white";
export const LEAVE = "border border-stone-400 bg-white text-stone-900";

/** Approve and decline, as every bank page offers them. */
export function approveDecline(t: SandboxTexts): Choice[] {
  return [
    ["approve", t.approve, APPROVE_TONE],
    ["decline", t.decline, DECLINE_TONE],
  ];
}

type Props = { action: string; choices: readonly Choice[]; field?: string; hidden?: Record<string, string> };

export function DecisionForms({ action, choices, field = "outcome", hidden = {} }: Props) {
  return (
    <div className="mt-6 flex flex-col gap-3">
      {choices.map(([value, label, tone]) => (
        <form key={value} action={action} method="post">
          <input type="hidden" name={field} value={value} />
          {Object.entries(hidden).map(([name, v]) => (
            <input key={name} type="hidden" name={name} value={v} />
          ))}
          <button type="submit" className={`w-full rounded px-4 py-3 font-semibold ${tone}`}>
            {label}
          </button>
        </form>
      ))}
    </div>
  );
}
