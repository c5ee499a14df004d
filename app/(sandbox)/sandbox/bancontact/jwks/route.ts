// Bancontact sandbox: the public keys its callbacks are signed with (x5c, x5t#S256).
import { withSandbox } from "@/lib/access/routes";
import { publicJwks } from "@/lib/sandboxes/bancontact/keys";

export const GET = withSandbox(async () => Response.json(await publicJwks(), { headers: { "cache-control": "public, max-age=60" } }));
