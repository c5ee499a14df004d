// Bancontact sandbox: the public keys its callbacks are signed with (x5c, x5t#S256).
import { sandboxOff } from "@/lib/sandboxes/guard";
import { publicJwks } from "@/lib/sandboxes/bancontact/keys";

export async function GET() {
  return sandboxOff() ?? Response.json(await publicJwks(), { headers: { "cache-control": "public, max-age=60" } });
}
