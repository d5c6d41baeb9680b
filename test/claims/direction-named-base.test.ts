// A rise or fall said against a month the words name ("was down on May", "fell from May", "lower than
// in May") names its base: when the month before bears it out the claim is supported, and when it
// does not, contradicted. It was left ambiguous, as a bare "fell" is, whose year-on-year reading the
// data may lack.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets to Germany: 209 t in May 2025, 764 t in June 2025 (no June 2024)
describe("a direction against a named month", () => {
  it.each([
    ["Germany's June magnet intake of 764 t was down on May.", "down on May"],
    ["Magnet exports to Germany fell in June from May.", "fell"],
  ])("is contradicted when that month bears it out the other way: %s", async (text, quote) => {
    expect((await claimAt(store, text, quote, "2025-07-25"))?.verdict).toBe("contradicted");
  });

  it("is supported when it holds", async () => {
    const text = "Germany's June magnet intake of 764 t was up on May.";
    expect((await claimAt(store, text, "up on May", "2025-07-25"))?.verdict).toBe("supported");
  });

  it("while a bare fall, whose base the words do not name, stays open", async () => {
    const text = "Magnet exports to Germany fell in June.";
    expect((await claimAt(store, text, "fell", "2025-07-25"))?.verdict).toBe("unverifiable");
  });
});
