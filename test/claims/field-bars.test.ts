// A line of fields set apart by bars ("Magnets: 6,150t | MoM +12.4% | YTD 51,440t") is read as
// separate statements, as a dashboard or a social post means it: the year to date one field names
// is not the month's figure of the field before it. In a table the bars are its columns still.
import { describe, expect, it } from "vitest";
import { segment } from "../../src/claims/extract/segment.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("fields set apart by bars", () => {
  it("makes each field a sentence of its own", () => {
    const s = segment("Magnet exports: 5,473t | MoM -5.2% | YTD 45,290t");
    expect(s.map((c) => c.text.trim())).toEqual(["Magnet exports: 5,473t |", "MoM -5.2% |", "YTD 45,290t"]);
    expect(s.every((c) => c.sentenceStart)).toBe(true);
  });

  it.each([
    ["Magnet exports: 6,150t | MoM +12.4% | YTD 51,440t", "6,150t", "unverifiable"],
    ["November magnets: 6,150 t | year to date: 51,440 t", "6,150 t", "supported"],
    ["Magnets, November 2025: 6,150t | Jan-Nov: 51,440t", "6,150t", "supported"],
  ])("does not give a field the span another names: %s", async (text, words, verdict) => {
    const got = await verdictsOf(store, text, "2025-12-20");
    expect(got).toContainEqual([words, verdict]);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("keeps a table's bars as its columns", async () => {
    const text = [
      "China's rare-earth magnet exports, tonnes",
      "",
      "| Destination | Sep 2025 | Oct 2025 |",
      "|---|---|---|",
      "| Germany | 1,288 | 1,118 |",
      "| United States | 420.5 | 656 |",
    ].join("\n");
    const got = await verdictsOf(store, text, "2025-11-22");
    expect(got).toContainEqual(["1,118", "supported"]);
    expect(got).toContainEqual(["420.5", "supported"]);
  });
});
