// Route handler wrappers, one per kind of caller (dub's model: no route checks access by hand).
// The merchant API's wrapper is in api-key.ts.
import { db } from "../db/client";
import { AppError } from "../errors";
import { errorResponse } from "../api/respond";
import type { ProviderId } from "../payments/providers";
import { getProvider } from "../providers/registry";
import type { PaymentProvider } from "../providers/types";
import { rateLimited, requestIp } from "../rate-limit/enforce";
import { checkoutHolder } from "./checkout-holder";
import { currentPrincipal } from "./current";
import { installation } from "./conditions";
import { decide, type Capability, type Refusal } from "./policy";
import type { Principal } from "./principal";

type Ctx<P> = { params: Promise<P> };

const REFUSALS: Record<Refusal, () => AppError> = {
  "sign-in": () => new AppError("unauthorized", "sign in first"),
  unauthorized: () => new AppError("unauthorized", "not authorised"),
  "not-found": () => new AppError("not_found", "not found"),
  unavailable: () => new AppError("not_configured", "not configured on this installation"),
};

/** null when allowed, else the refusal as an HTTP answer. */
function refused(principal: Principal, capability: Capability): Response | null {
  const decision = decide(principal, capability, installation());
  return decision.allowed ? null : errorResponse(REFUSALS[decision.refusal]());
}

/** Open to anyone: what it serves is public, or it authenticates the caller itself (sign-in). */
export function openRoute<P>(handler: (request: Request, ctx: Ctx<P>) => Promise<Response>) {
  return async function route(request: Request, ctx: Ctx<P>): Promise<Response> {
    return refused({ kind: "anonymous" }, { to: "browse" }) ?? handler(request, ctx);
  };
}

/** A simulated provider's route: 404 when the sandboxes are off. */
export function withSandbox<P = Record<string, never>>(handler: (request: Request, params: P) => Promise<Response>) {
  return async function route(request: Request, ctx: Ctx<P>): Promise<Response> {
    return refused({ kind: "sandbox-client" }, { to: "use-sandbox" }) ?? handler(request, await ctx.params);
  };
}

/** The sandbox clock (due schedule charges as of another day): 404 when off or beside a live provider. */
export function withSandboxClock(handler: (request: Request) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    return refused({ kind: "sandbox-client" }, { to: "move-sandbox-clock" }) ?? handler(request);
  };
}

/** The sandboxes' fault switch: 404 when off or beside a live provider (as the clock). */
export function withSandboxFaults(handler: (request: Request) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    return refused({ kind: "sandbox-client" }, { to: "switch-sandbox-faults" }) ?? handler(request);
  };
}

/**
 * A shopper's route on one checkout (`[id]`): 404 unless the id is one that exists; counted
 * against `policy` per checkout and address, and per checkout from any address.
 */
export function withCheckoutHolder(policy: "checkout-status" | "checkout-events", handler: (request: Request, checkoutId: string) => Promise<Response>) {
  return async function route(request: Request, ctx: Ctx<{ id: string }>): Promise<Response> {
    const { id } = await ctx.params;
    const holder = await checkoutHolder(await db(), id);
    const denied = refused(holder, { to: "pay", checkoutId: id }) ?? (await rateLimited([policy, id, requestIp(request)], ["checkout-any-address", id]));
    return denied ?? handler(request, id);
  };
}

/** A provider's webhook: 503 when the provider is not configured; its signature authenticates it. */
export function withWebhook(providerId: ProviderId, handler: (request: Request, provider: PaymentProvider) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    const provider = getProvider(providerId);
    const denied = refused({ kind: "webhook", provider: providerId }, { to: "deliver-webhook", provider: providerId });
    if (denied || !provider) return denied ?? errorResponse(REFUSALS.unavailable());
    return (await rateLimited(["webhook-source", providerId, requestIp(request)])) ?? handler(request, provider);
  };
}

/** A staff member's route in the back office: 401 for anyone else; the handler scopes to their merchant. */
export function withStaff(handler: (request: Request, staff: Extract<Principal, { kind: "staff" }>) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    const p = await currentPrincipal();
    const denied = refused(p, { to: "run-back-office" });
    if (denied || p.kind !== "staff") return denied ?? errorResponse(REFUSALS["sign-in"]());
    return handler(request, p);
  };
}
