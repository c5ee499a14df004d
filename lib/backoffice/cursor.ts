// The keyset cursor of the payments list: the last row's (createdAt, id), opaque in the URL.
import { z } from "zod";

export type Cursor = { createdAt: Date; id: string };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.createdAt.toISOString()}|${c.id}`).toString("base64url");
}

export const CursorSchema = z
  .string()
  .max(200, "not a page of this list")
  .transform((s, ctx): Cursor => {
    const [when, id, ...rest] = Buffer.from(s, "base64url").toString("utf8").split("|");
    const createdAt = new Date(when ?? "");
    if (rest.length > 0 || !id || !/^[A-Za-z0-9_-]{1,80}$/.test(id) || Number.isNaN(createdAt.getTime())) {
      ctx.addIssue({ code: "custom", message: "not a page of this list" });
      return z.NEVER;
    }
    return { createdAt, id };
  });
