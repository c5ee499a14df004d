// next-auth: sign-in, sign-out, session and email-link callbacks.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Ctx) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
