// The next-auth adapter for cardholders' email sign-in. Written here rather than taken from
// @next-auth/prisma-adapter because that one needs its own User/Account/Session tables; with
// JWT sessions, email sign-in uses only these methods, over our Cardholder model.
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "../db/client";
import { newId } from "../ids";

type Row = { id: string; email: string; emailVerified: Date | null; name: string | null };
const toUser = (c: Row): AdapterUser => ({ id: c.id, email: c.email, emailVerified: c.emailVerified, name: c.name });

export function cardholderAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const c = await (await db()).cardholder.create({
        data: { id: newId("chd"), email: user.email.toLowerCase(), emailVerified: user.emailVerified, name: user.name ?? null },
      });
      return toUser(c);
    },
    async getUser(id) {
      const c = await (await db()).cardholder.findUnique({ where: { id } });
      return c ? toUser(c) : null;
    },
    async getUserByEmail(email) {
      const c = await (await db()).cardholder.findUnique({ where: { email: email.toLowerCase() } });
      return c ? toUser(c) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async updateUser(user) {
      const c = await (await db()).cardholder.update({
        where: { id: user.id },
        data: { ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}), ...(user.name !== undefined ? { name: user.name } : {}) },
      });
      return toUser(c);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      await (await db()).verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      const prisma = await db();
      const found = await prisma.verificationToken.findUnique({ where: { identifier_token: { identifier, token } } });
      if (!found) return null;
      // Deleted before use: a link works once, even when clicked twice at the same moment.
      const deleted = await prisma.verificationToken.deleteMany({ where: { identifier, token } });
      return deleted.count === 1 ? found : null;
    },
  };
}
