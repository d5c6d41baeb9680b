// "Exports were 5,473 t in October and 6,150 t in November. That is a rise of 12.4%.": a sentence
// that lists two months with a figure each leaves the text on the later one; a change said next is
// the move between them, not October's on September.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a change after two months listed with their figures", () => {
  it.each([
    [
      "Magnet shipments from China came to 5,473 t in October 2025 and 6,150 t in November 2025. That is a rise of 12.4%.",
      "rise of 12.4%",
    ],
    [
      "China shipped 656 t of magnets to the US in October and 582 t in November.\nThe change: a fall of 11.3%.",
      "fall of 11.3%",
    ],
  ])("%s", async (text, quote) => {
    const c = await readingAt(store, text, quote, "2026-02-05");
    expect([c.period, c.verdict]).toEqual(["2025-11", "supported"]);
  });

  it("keeps the first month when the later one is only a base", async () => {
    const text = "Magnet exports were 6,150 t in November, up from October. The rise was 12.4%.";
    const c = await readingAt(store, text, "12.4%", "2026-02-05");
    expect(c.period).toBe("2025-11");
  });
});
