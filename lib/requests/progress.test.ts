import { describe, expect, it } from "vitest";
import { requestProgress, type RequestRow } from "./progress";

const row: RequestRow = { id: "req_1", kind: "refund", status: "SENT", amount: 550, approvedAmount: null, merchantAnswer: null, createdAt: new Date("2026-02-01T10:00:00Z") };

describe("request progress in words", () => {
  it("says sent, part-approved, declined with the merchant's reason, refunded", () => {
    expect(requestProgress(row, "Maison Praline", "en")).toMatchObject({ title: "Refund", state: "Sent: waiting for Maison Praline", asked: "Asked: €5.50", sent: "Sent on 1 Feb 2026" });
    expect(requestProgress({ ...row, status: "PART_APPROVED", approvedAmount: 300 }, "Maison Praline", "en").state).toBe("Part-approved: €3.00");
    const declined = requestProgress({ ...row, status: "DECLINED", merchantAnswer: "Opened box" }, "Maison Praline", "en");
    expect([declined.state, declined.answer]).toEqual(["Declined", "Maison Praline's answer: Opened box"]);
    expect(requestProgress({ ...row, status: "REFUNDED", approvedAmount: 300 }, "Maison Praline", "en", { amount: 300 }).state).toBe("Refunded: €3.00");
    expect(requestProgress({ ...row, status: "REFUNDED" }, "Maison Praline", "de", { amount: 550 }).state).toMatch(/^Erstattet: 5,50\s€$/);
  });

  it("says a stop request is done", () => {
    expect(requestProgress({ ...row, kind: "stop", status: "DONE", amount: null }, "Maison Praline", "fr")).toMatchObject({ title: "Arrêt des paiements futurs", state: "Faite\u202f: arrêté", asked: null });
  });
});
