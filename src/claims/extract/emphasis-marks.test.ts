import { describe, expect, it } from "vitest";
import { readingCopy } from "./reading-copy.js";

const read = (text: string) => readingCopy(text).read;

describe("emphasis marks", () => {
  it("reads a pair of Markdown emphasis marks as nothing", () => {
    expect(read("Shipments rose **12.4%** to **6,150 tonnes** in November.")).toBe(
      "Shipments rose 12.4% to 6,150 tonnes in November.",
    );
    expect(read("**Japan:** 305 t, __up 35%__, *the most since June*")).toBe(
      "Japan: 305 t, up 35%, the most since June",
    );
  });

  it("quotes a claim as written, marks and all, at its written offsets", () => {
    const text = "Exports to the US fell to **582 tonnes** in November.";
    const copy = readingCopy(text);
    const at = copy.read.indexOf("582 tonnes");
    const start = copy.toWritten(at, "start");
    const end = copy.toWritten(at + "582 tonnes".length);
    expect(text.slice(start, end)).toBe("582 tonnes");
  });

  it("leaves a lone asterisk as written: a bullet, a footnote mark, a flash headline", () => {
    for (const text of [
      "* Japan took 305 tonnes in November",
      "October's total was 5,473 tonnes*.\n* preliminary",
      "*CHINA NOV MAGNET EXPORTS 6,150 TONNES",
      "a snake_case_header and 2*3 = 6",
    ])
      expect(read(text)).toBe(text);
  });
});
