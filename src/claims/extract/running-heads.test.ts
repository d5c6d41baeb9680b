import { describe, expect, it } from "vitest";
import { runningHeads } from "./running-heads.js";

describe("running heads and feet", () => {
  it("blanks a head set apart from its page number, and a foot with 'Page n of m', keeping offsets", () => {
    const text =
      "Metals Monthly | Issue 48 | Outlook Q2 2026          14\n\nExports rose to 5,952 t in December.\n\nFor clients only            Page 3 of 9";
    const out = runningHeads(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe("Exports rose to 5,952 t in December.");
  });

  it("keeps a table's rows, a slide's title and a line that states a figure", () => {
    const text = [
      "Slide 6 | Korea and Japan",
      "",
      "Japan             305",
      "South Korea       569",
      "",
      "Exports hit 6,150 t in November          2",
    ].join("\n");
    expect(runningHeads(text)).toBe(text);
  });
});
