// Sandbox control (only while the sandboxes are on and no provider is live): the fault switch of a simulated provider
// (lib/sandboxes/faults.ts). A form post from /sandbox comes back to it; a JSON post (tests) gets
// the switch's state.
import { withSandboxFaults } from "@/lib/access/routes";
import { FaultSchema, faultsNow, setFault } from "@/lib/sandboxes/faults";

export const POST = withSandboxFaults(async (request) => {
  const json = (request.headers.get("content-type") ?? "").includes("application/json");
  const raw: unknown = json ? await request.json().catch(() => null) : Object.fromEntries(await request.formData().catch(() => new FormData()));
  const parsed = FaultSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? "body"), message: i.message }));
    return Response.json({ error: { code: "invalid_request", message: "provider and fault are required", fields } }, { status: 400 });
  }
  await setFault(parsed.data.provider, parsed.data.fault);
  if (!json) return new Response(null, { status: 303, headers: { location: "/sandbox#faults" } });
  return Response.json({ faults: await faultsNow() }, { status: 200, headers: { "cache-control": "no-store" } });
});
