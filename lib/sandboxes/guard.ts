// Sandboxes answer 404 when switched off (SANDBOXES=off).
import { notFound } from "next/navigation";
import { env } from "../env";

export function sandboxesEnabled(): boolean {
  return env().sandboxesEnabled;
}

/** For sandbox pages: renders the 404 page when sandboxes are off. */
export function requireSandbox(): void {
  if (!sandboxesEnabled()) notFound();
}

/** For sandbox route handlers: a 404 answer when sandboxes are off. */
export function sandboxOff(): Response | null {
  return sandboxesEnabled() ? null : Response.json({ error: { message: "Not found" } }, { status: 404 });
}
