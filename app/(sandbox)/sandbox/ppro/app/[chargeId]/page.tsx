// PPRO sandbox Bancontact app (reached from the app simulator with a BEP://…/BEP/LA/ link):
// approve or decline on the phone; the app stays here and shows the result.
import { notFound } from "next/navigation";
import { findCharge } from "@/lib/sandboxes/ppro/store";
import { BankView } from "../../bank-view";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact app · Confirm payment" };

export default async function PproAppPage({ params, searchParams }: { params: Promise<{ chargeId: string }>; searchParams: Promise<{ outcome?: string }> }) {
  requireSandbox();
  const [{ chargeId }, { outcome }] = await Promise.all([params, searchParams]);
  const charge = await findCharge(chargeId);
  if (!charge) notFound();
  return (
    <BankView
      charge={charge}
      title="Bancontact app"
      subtitle="Confirm this payment on your phone"
      action={`/sandbox/ppro/app/${charge.id}/decide`}
      abandoned={outcome === "abandon"}
    />
  );
}
