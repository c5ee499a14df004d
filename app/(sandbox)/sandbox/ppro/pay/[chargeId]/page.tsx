// PPRO sandbox bank page (the REDIRECT authentication method): approve, decline or leave a
// Bancontact payment, then back to the shop.
import { notFound } from "next/navigation";
import { findCharge } from "@/lib/sandboxes/ppro/store";
import { BankView } from "../../bank-view";
import { requireSandbox } from "@/lib/access/pages";

export const metadata = { title: "Bancontact · Authorise payment" };

export default async function PproPayPage({ params }: { params: Promise<{ chargeId: string }> }) {
  requireSandbox();
  const { chargeId } = await params;
  const charge = await findCharge(chargeId);
  if (!charge || !charge.data.returnUrl) notFound();
  return <BankView charge={charge} title="Bancontact" subtitle="PPRO test bank" action={`/sandbox/ppro/pay/${charge.id}/decide`} />;
}
