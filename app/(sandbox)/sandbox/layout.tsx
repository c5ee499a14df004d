// Provider sandboxes: pages that stand in for the providers' own (bank pages, dashboards).
import { requireSandbox } from "@/lib/access/pages";

export const dynamic = "force-dynamic";

export default function SandboxLayout({ children }: { children: React.ReactNode }) {
  requireSandbox();
  return (
    <>
      <header className="bg-stone-800 px-4 py-2 text-center text-sm text-white">Sandbox: simulated provider, no real money moves</header>
      {children}
    </>
  );
}
