import { describe, expect, it } from "vitest";
import { acceptedCurrent, decideTermsSave, TermsTextSchema } from "./terms-rules";

const v1 = { id: "wtm_1", version: 1, text: "You may charge my card for my subscription." };

describe("terms versioning", () => {
  it("starts at version 1", () => {
    expect(decideTermsSave(null, v1.text)).toEqual({ kind: "new", version: 1 });
  });
  it("makes a new version for any change, never editing the accepted one", () => {
    expect(decideTermsSave(v1, `${v1.text} Updated.`)).toEqual({ kind: "new", version: 2 });
  });
  it("does not make a version for the same text saved again", () => {
    expect(decideTermsSave(v1, v1.text)).toEqual({ kind: "unchanged", version: 1 });
  });
  it("counts only an acceptance of the current version", () => {
    const v2 = { id: "wtm_2", version: 2, text: "New text for version two." };
    expect(acceptedCurrent(v2, ["wtm_1"])).toBe(false);
    expect(acceptedCurrent(v2, ["wtm_1", "wtm_2"])).toBe(true);
    expect(acceptedCurrent(null, ["wtm_1"])).toBe(false);
  });
  it("refuses an empty or too short text, naming why", () => {
    expect(TermsTextSchema.safeParse("   short  ").error?.issues[0]?.message).toBe("must be at least 20 characters");
    expect(TermsTextSchema.parse(`  ${v1.text}  `)).toBe(v1.text);
  });
});
