// The sandboxes' fault switch: makes a simulated provider misbehave on purpose, for tests and
// demos of what the app does when a provider is down. Kept in the database (SandboxSetting), so
// every instance of the app answers the same. Today one fault per provider: answer 503 to payment
// creation; later faults (time-outs, slow answers, dropped or repeated webhooks) extend FAULTS.
import { z } from "zod";
import { db } from "../db/client";

/** The providers whose sandboxes take faults (the sandboxes' own names, not the app's). */
export const FAULT_PROVIDERS = ["bancontact", "wooshpay", "ppro", "ppro-legacy", "worldpay"] as const;
export const FAULTS = ["none", "create-503"] as const;
export type FaultProvider = (typeof FAULT_PROVIDERS)[number];
export type Fault = (typeof FAULTS)[number];

export const FaultSchema = z.object({ provider: z.enum(FAULT_PROVIDERS), fault: z.enum(FAULTS) });

const key = (provider: FaultProvider) => `fault.${provider}`;

export async function setFault(provider: FaultProvider, fault: Fault): Promise<void> {
  const prisma = await db();
  if (fault === "none") await prisma.sandboxSetting.deleteMany({ where: { key: key(provider) } });
  else await prisma.sandboxSetting.upsert({ where: { key: key(provider) }, update: { value: fault }, create: { key: key(provider), value: fault } });
}

export async function faultsNow(): Promise<Record<FaultProvider, Fault>> {
  const rows = await (await db()).sandboxSetting.findMany({ where: { key: { in: FAULT_PROVIDERS.map(key) } } });
  const of = (p: FaultProvider): Fault => {
    const parsed = z.enum(FAULTS).safeParse(rows.find((r) => r.key === key(p))?.value);
    return parsed.success ? parsed.data : "none";
  };
  return Object.fromEntries(FAULT_PROVIDERS.map((p) => [p, of(p)])) as Record<FaultProvider, Fault>;
}

/**
 * The answer a sandbox gives instead of creating a payment, while the fault is on: HTTP 503 with
 * a plain body, as a gateway in front of a provider that is down would. Null: answer normally.
 */
export async function createPaymentFault(provider: FaultProvider): Promise<Response | null> {
  const row = await (await db()).sandboxSetting.findUnique({ where: { key: key(provider) } });
  if (row?.value !== "create-503") return null;
  return new Response("Service Unavailable (sandbox fault)", { status: 503, headers: { "content-type": "text/plain", "retry-after": "30", "cache-control": "no-store" } });
}
