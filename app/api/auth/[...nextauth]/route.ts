// next-auth: sign-in, sign-out, session and email-link callbacks.
import NextAuth from "next-auth";
import { openRoute } from "@/lib/access/routes";
import { authOptions } from "@/lib/auth/options";

type Params = { nextauth: string[] };

// Open to anyone: signing in is how a caller becomes someone.
const handler = openRoute<Params>(async (request, context) => NextAuth(request as never, context as never, authOptions()));

export { handler as GET, handler as POST };
