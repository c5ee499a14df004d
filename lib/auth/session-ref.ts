// Which sign-in session a request comes from, as a hash: recorded with a terms acceptance so the
// acceptance can be traced to the sign-in, while nothing stored could be replayed as a session.
import "server-only";
import { createHash } from "node:crypto";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { z } from "zod";
import { authOptions } from "./options";

const SessionIdSchema = z.object({ sid: z.string().min(1) });

export const currentSessionRef = cache(async (): Promise<string | null> => {
  const s = SessionIdSchema.safeParse(await getServerSession(authOptions()));
  return s.success ? createHash("sha256").update(s.data.sid).digest("hex") : null;
});
