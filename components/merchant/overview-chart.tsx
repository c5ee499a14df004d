// The overview's charts, plain SVG drawn on the server: bars split by state group, one per
// provider (across) or one per day (upright). Each is one image to a screen reader (role="img",
// its name says what it shows); the figures themselves are in the table beside it, and the
// states are named in a legend, so no meaning rests on colour alone. The viewBox scales the
// drawing to the width it is given: no sideways scrolling on a phone.
import { STATE_GROUPS, totalOf, type Amounts, type StateGroup } from "@/lib/backoffice/overview";

/** Fill of each state group, dark enough to tell apart on white; the legend names them. */
export const GROUP_FILL: Record<StateGroup, string> = { paid: "#15803d", open: "#b45309", unsuccessful: "#a8a29e" };

const W = 400;

type Bar = { key: string; label: string; total: string; amounts: Amounts };

function segments(amounts: Amounts, length: number, max: number) {
  let at = 0;
  return STATE_GROUPS.map((group) => {
    const size = max === 0 ? 0 : (amounts[group] / max) * length;
    const s = { group, from: at, size };
    at += size;
    return s;
  }).filter((s) => s.size > 0);
}

/** One bar across per row, its label above it and its total at the right. */
export function BarsAcross({ bars, label }: { bars: Bar[]; label: string }) {
  const ROW = 46;
  const max = Math.max(0, ...bars.map((b) => totalOf(b.amounts)));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${bars.length * ROW}`} width="100%" className="block h-auto max-w-lg" data-testid="overview-chart-providers">
      {bars.map((b, i) => (
        <g key={b.key} transform={`translate(0 ${i * ROW})`}>
          <text x={0} y={15} fontSize={15} fill="#1c1917">
            {b.label}
          </text>
          <text x={W} y={15} fontSize={15} fill="#1c1917" textAnchor="end">
            {b.total}
          </text>
          <rect x={0} y={22} width={W} height={16} fill="#f5f5f4" />
          {segments(b.amounts, W, max).map((s) => (
            <rect key={s.group} x={s.from} y={22} width={s.size} height={16} fill={GROUP_FILL[s.group]} />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** One upright bar per day, the day's name under it and the largest day's total as the scale. */
export function BarsUpright({ bars, label, scale }: { bars: Bar[]; label: string; scale: string }) {
  const H = 220;
  const TOP = 24;
  const BOTTOM = 184;
  const slot = W / Math.max(1, bars.length);
  const max = Math.max(0, ...bars.map((b) => totalOf(b.amounts)));
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} width="100%" className="block h-auto max-w-lg" data-testid="overview-chart-days">
      <text x={0} y={14} fontSize={13} fill="#44403c">
        {scale}
      </text>
      <line x1={0} x2={W} y1={TOP} y2={TOP} stroke="#d6d3d1" strokeDasharray="4 4" />
      <line x1={0} x2={W} y1={BOTTOM} y2={BOTTOM} stroke="#78716c" />
      {bars.map((b, i) => {
        const x = i * slot + slot * 0.2;
        return (
          <g key={b.key}>
            {segments(b.amounts, BOTTOM - TOP, max).map((s) => (
              <rect key={s.group} x={x} y={BOTTOM - s.from - s.size} width={slot * 0.6} height={s.size} fill={GROUP_FILL[s.group]} />
            ))}
            <text x={i * slot + slot / 2} y={BOTTOM + 20} fontSize={14} fill="#1c1917" textAnchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The states' names beside their colour. */
export function StateLegend({ title, names }: { title: string; names: Record<StateGroup, string> }) {
  return (
    <div className="mt-2 text-sm">
      <p className="sr-only">{title}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {STATE_GROUPS.map((g) => (
          <li key={g} className="flex items-center gap-2">
            <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" className="shrink-0">
              <rect width="14" height="14" fill={GROUP_FILL[g]} />
            </svg>
            {names[g]}
          </li>
        ))}
      </ul>
    </div>
  );
}
