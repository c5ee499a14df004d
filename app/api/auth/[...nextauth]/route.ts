// next-auth: sign-in, sign-out, session and email-link callbacks; sign-in attempts rate-limited.
import NextAuth from "next-auth";
import { openRoute } from "@/lib/access/routes";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimits } from "@/lib/rate-limit/sign-in";

type Params = { nextauth: string[] };

// Open to anyone: signing in is how a caller becomes someone; attempts are counted (rate limits).
const handler = openRoute<Params>(async (request, context) =>
  withSignInLimits(request, (await context.params).nextauth, () => NextAuth(request as never, context as never, authOptions())),
);

export { handler as GET, handler as POST };
