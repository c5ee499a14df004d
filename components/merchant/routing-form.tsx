// One route of the merchant's (payments, or card linking): the providers in the order they are
// tried, each with "use" and up/down buttons. Every button posts the whole list as shown, so
// what is saved is exactly what the page showed (lib/routing/settings.ts). No script needed.
import { saveRoutingAction } from "@/app/(merchant)/merchant/settings/routing-actions";
import { fill } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/en";
import type { RouteKind } from "@/lib/routing/settings";

type Props = {
  kind: RouteKind;
  heading: string;
  intro: string;
  rows: { id: string; name: string; used: boolean }[];
  m: Messages["routing"];
  /** The outcome of the last post to this route: "saved" or an error code. */
  outcome: string | null;
};

const ERRORS: Record<string, keyof Messages["routing"]> = { none_used: "noneUsed", not_available: "notAvailable", not_linking: "notLinking" };
const small = "rounded border border-stone-400 bg-white px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-40";

export function RoutingForm({ kind, heading, intro, rows, m, outcome }: Props) {
  const error = outcome && ERRORS[outcome] ? m[ERRORS[outcome]!] : null;
  return (
    <form action={saveRoutingAction} id={`routing-${kind}`} className="mt-6 flex flex-col gap-3 rounded border border-stone-200 bg-white p-4" data-testid={`routing-${kind}`}>
      <input type="hidden" name="route" value={kind} />
      <h2 className="text-lg font-semibold">{heading}</h2>
      <p className="text-stone-700">{intro}</p>
      <ol className="flex flex-col gap-2">
        {rows.map((r, i) => (
          <li key={r.id} className="flex flex-wrap items-center gap-2" data-testid="route-row" data-provider={r.id} data-used={r.used}>
            <input type="hidden" name="order" value={r.id} />
            <input id={`use-${kind}-${r.id}`} type="checkbox" name="use" value={r.id} defaultChecked={r.used} className="h-5 w-5" />
            <label htmlFor={`use-${kind}-${r.id}`} className="min-w-0 flex-1">
              {r.name}
            </label>
            <button type="submit" name="move" value={`up:${r.id}`} disabled={i === 0} className={small} aria-label={fill(m.up, { provider: r.name })}>
              ↑
            </button>
            <button type="submit" name="move" value={`down:${r.id}`} disabled={i === rows.length - 1} className={small} aria-label={fill(m.down, { provider: r.name })}>
              ↓
            </button>
          </li>
        ))}
      </ol>
      {error && (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      )}
      {outcome === "saved" && <p role="status">{m.saved}</p>}
      <button type="submit" className="self-start rounded bg-brand px-4 py-2 font-semibold text-white">
        {m.save}
      </button>
    </form>
  );
}
