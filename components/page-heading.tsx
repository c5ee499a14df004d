// A page's title with the link back to where it is reached from (and, beside the title, what the
// page puts there, e.g. the sign-out button).
import Link from "next/link";

type Props = { title: string; back?: { href: string; label: string }; children?: React.ReactNode };

export function PageHeading({ title, back, children }: Props) {
  return (
    <div className="mb-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{title}</h1>
        {children}
      </div>
      {back && (
        <p className="mt-1">
          <Link href={back.href} className="text-brand underline">
            {back.label}
          </Link>
        </p>
      )}
    </div>
  );
}
