// The merchant's routing settings form: each route is a list shown in order, with a "use"
// checkbox and up/down buttons per provider (plain form posts, no script needed). Whatever is
// submitted, the route saved is exactly the list as shown: the providers in use, in that order
// (a move applied first). Unused providers are listed after them.
import { z } from "zod";
import type { Db } from "../db/client";
import { ProviderIdSchema, type ProviderId } from "../payments/providers";
import { canLinkCards } from "../cards/linking-providers";

export const ROUTES = ["payment", "linking"] as const;
export type RouteKind = (typeof ROUTES)[number];

const MoveSchema = z
  .string()
  .regex(/^(up|down):[a-z-]+$/)
  .transform((s) => {
    const [dir, id] = s.split(":") as ["up" | "down", string];
    return { dir, id };
  });

export const RoutingFormSchema = z.object({
  route: z.enum(ROUTES),
  // Every provider row as shown, top to bottom, and those ticked "use".
  order: z.array(ProviderIdSchema).min(1, "lists no provider"),
  use: z.array(ProviderIdSchema),
  move: MoveSchema.optional(),
});
export type RoutingForm = z.infer<typeof RoutingFormSchema>;

/** Moves one provider a place up or down; a move off either end changes nothing. */
export function applyMove(order: readonly ProviderId[], move: { dir: "up" | "down"; id: string } | undefined): ProviderId[] {
  const list = [...order];
  if (!move) return list;
  const i = list.findIndex((p) => p === move.id);
  const j = move.dir === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= list.length) return list;
  [list[i], list[j]] = [list[j]!, list[i]!];
  return list;
}

export type RoutingError = "none_used" | "not_available" | "not_linking";

/** The route to save: the providers in use, in the order shown (after the move). */
export function routeFromForm(form: RoutingForm, available: readonly ProviderId[]): { route: ProviderId[] } | { error: RoutingError } {
  const shown = applyMove([...new Set(form.order)], form.move);
  const route = shown.filter((p) => form.use.includes(p));
  if (route.some((p) => !available.includes(p))) return { error: "not_available" };
  if (form.route === "linking" && route.some((p) => !canLinkCards(p))) return { error: "not_linking" };
  // A checkout needs someone to serve it; linking may be off (no "save my card").
  if (form.route === "payment" && route.length === 0) return { error: "none_used" };
  return { route };
}

/** Rows as the form shows them: the route first, in order, then the other providers it may use. */
export function routeRows(route: readonly ProviderId[], eligible: readonly ProviderId[]): { id: ProviderId; used: boolean }[] {
  const used = route.filter((p) => eligible.includes(p));
  return [...used.map((id) => ({ id, used: true })), ...eligible.filter((p) => !used.includes(p)).map((id) => ({ id, used: false }))];
}

export async function saveRoute(db: Db, merchantId: string, kind: RouteKind, route: ProviderId[]): Promise<void> {
  await db.merchant.update({ where: { id: merchantId }, data: kind === "payment" ? { enabledProviders: route } : { linkingRoute: route } });
}
