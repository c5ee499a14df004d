// The figures of an overview chart in words: a table on wide screens, a list on a phone (no
// sideways scroll), amounts by state group and their total.
import { STATE_GROUPS, totalOf, type Amounts, type StateGroup } from "@/lib/backoffice/overview";

type Row = { key: string; label: string; amounts: Amounts };
type Props = { caption: string; head: string; total: string; names: Record<StateGroup, string>; rows: Row[]; money: (cents: number) => string; testId: string };

export function AmountsTable({ caption, head, total, names, rows, money, testId }: Props) {
  return (
    <>
      <table className="mt-3 hidden w-full border-collapse bg-white text-sm md:table" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="p-2">{head}</th>
            {STATE_GROUPS.map((g) => (
              <th key={g} scope="col" className="p-2 text-right">
                {names[g]}
              </th>
            ))}
            <th scope="col" className="p-2 text-right">{total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b">
              <th scope="row" className="p-2 text-left font-normal">{r.label}</th>
              {STATE_GROUPS.map((g) => (
                <td key={g} className="p-2 text-right">
                  {money(r.amounts[g])}
                </td>
              ))}
              <td className="p-2 text-right font-semibold">{money(totalOf(r.amounts))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="mt-3 flex flex-col gap-2 text-sm md:hidden" aria-label={caption} data-testid={`${testId}-list`}>
        {rows.map((r) => (
          <li key={r.key} className="rounded border border-stone-200 bg-white p-2">
            <p className="flex justify-between gap-2 font-semibold">
              <span>{r.label}</span>
              <span>{money(totalOf(r.amounts))}</span>
            </p>
            <dl className="mt-1 text-stone-700">
              {STATE_GROUPS.map((g) => (
                <div key={g} className="flex justify-between gap-2">
                  <dt>{names[g]}</dt>
                  <dd className="shrink-0">{money(r.amounts[g])}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
