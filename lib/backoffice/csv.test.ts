import { describe, expect, it } from "vitest";
import { csvField, csvRow } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField(null)).toBe("");
  });
  it("defuses formulas", () => {
    for (const s of ["=SUM(A1)", "+1", "-1", "@cmd", "\tx"]) expect(csvField(s).startsWith("'") || csvField(s).startsWith(`"'`)).toBe(true);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-150)).toBe("-150");
  });
  it("ends records with CRLF", () => {
    expect(csvRow(["a", 1, null])).toBe("a,1,\r\n");
  });
});
