// next-auth: sign-in, sign-out, session and email-link callbacks; sign-in attempts rate-limited.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimits } from "@/lib/rate-limit/sign-in";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Ctx) {
  return withSignInLimits(request, () => NextAuth(request as never, context as never, authOptions()));
}

export { handler as GET, handler as POST };
