// The ACTIVE schedules charging a cardholder's cards, as the cards page lists them under "what the
// merchant may do": scoped to the cardholder in the query.
import type { Db } from "../db/client";

export type CardSchedule = {
  id: string;
  cardId: string;
  kind: "monthly" | "instalments";
  description: string;
  amount: number;
  instalments: number | null;
  chargesMade: number;
  nextChargeAt: Date | null;
};

export async function activeSchedulesOf(db: Db, cardholderId: string): Promise<CardSchedule[]> {
  const rows = await db.wipSchedule.findMany({
    where: { cardholderId, status: "ACTIVE", card: { cardholderId } },
    orderBy: { createdAt: "asc" },
    select: { id: true, cardId: true, kind: true, description: true, amount: true, instalments: true, chargesMade: true, nextChargeAt: true },
  });
  return rows.map((r) => ({ ...r, kind: r.kind === "instalments" ? "instalments" : "monthly" }));
}
