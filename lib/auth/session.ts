// Who is signed in, for server components, actions and routes.
import "server-only";
import { getServerSession } from "next-auth";
import { authOptions, type SessionUser } from "./options";

export async function currentUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as
    | { kind?: unknown; uid?: unknown; merchantId?: unknown; user?: { email?: string | null } }
    | null;
  const email = session?.user?.email;
  if (!session || typeof session.uid !== "string" || !email) return null;
  if (session.kind === "staff" && typeof session.merchantId === "string") {
    return { kind: "staff", id: session.uid, email, merchantId: session.merchantId };
  }
  if (session.kind === "cardholder") return { kind: "cardholder", id: session.uid, email };
  return null;
}
