// Provider sandboxes: pages that stand in for the providers' own (bank pages, dashboards).
import { requireSandbox } from "@/lib/access/pages";
import { getSandboxTexts } from "@/lib/sandboxes/page-texts";

export const dynamic = "force-dynamic";

export default async function SandboxLayout({ children }: { children: React.ReactNode }) {
  requireSandbox();
  const { t } = await getSandboxTexts();
  return (
    <>
      <header className="bg-stone-800 px-4 py-2 text-center text-sm text-white">{t.banner}</header>
      {children}
    </>
  );
}
