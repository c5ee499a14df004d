// Sign-in: merchant staff with email and password, cardholders with a one-time link by email.
// Sessions are signed JWT cookies carrying who the user is and, for staff, their merchant.
import { randomUUID } from "node:crypto";
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { db } from "../db/client";
import { env } from "../env";
import { logger } from "../log";
import { sendMail } from "../mail/send";
import { rememberLocale } from "../account/remember-locale";
import { cardholderAdapter } from "./adapter";
import { requestLocale, signInMail, SIGN_IN_LINK_MINUTES } from "./sign-in-link";
import { verifyPassword } from "./password";

const StaffCredentialsSchema = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) });

// Compared against when the email is unknown, so both cases take the same time.
const DUMMY_HASH = "scrypt$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  const e = env();
  options ??= {
    secret: e.authSecret,
    // next-auth's own lines go through our logger, so they are redacted like every other line
    // (its mail errors name recipients, its errors can carry tokens).
    logger: {
      error: (code, metadata) => logger.error(`next-auth: ${code}`, { detail: metadata instanceof Error ? metadata.message : metadata }),
      warn: (code) => logger.warn(`next-auth: ${code}`),
      debug: (code, metadata) => logger.debug(`next-auth: ${code}`, { detail: metadata }),
    },
    adapter: cardholderAdapter(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      CredentialsProvider({
        id: "staff",
        name: "Merchant staff",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const parsed = StaffCredentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const staff = await (await db()).staffUser.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
          const ok = await verifyPassword(parsed.data.password, staff?.passwordHash ?? DUMMY_HASH);
          if (!staff || !ok) return null;
          return { id: staff.id, email: staff.email, name: staff.name, merchantId: staff.merchantId };
        },
      }),
      EmailProvider({
        from: e.mailFrom,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url }) {
          await sendMail(signInMail(identifier, url, await requestLocale()));
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user, account }) {
        if (user && account) {
          token.kind = account.provider === "staff" ? "staff" : "cardholder";
          token.uid = user.id;
          // The sign-in session's own id: what a terms acceptance records (hashed), never the cookie.
          token.sid = randomUUID();
          if ("merchantId" in user && typeof user.merchantId === "string") token.merchantId = user.merchantId;
          // The language the cardholder signs in with is the one their mail is written in.
          if (token.kind === "cardholder") await rememberLocale(await db(), user.id, await requestLocale());
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, kind: token.kind, uid: token.uid, merchantId: token.merchantId, sid: token.sid };
      },
    },
  };
  return options;
}
