// A dek or standfirst above a story, found by putting one over corpus texts: a line that names another
// destination or month than the story must not take over the story's figures.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a dek naming a destination above a table that names none", () => {
  const text = [
    "India and Mexico: the new names on the buyers' list.",
    "",
    "Magnet exports by month (t)",
    "",
    "| Month | Exports |",
    "|---|---|",
    "| Sep | 5,774 |",
    "| Oct | 5,473 |",
  ].join("\n");

  it("lets the table's cells be the totals", async () => {
    const got = await claimAt(store, text, "5,473", "2025-11-21");
    expect(got?.verdict).toBe("supported");
  });
});

describe("a dek naming another month above a story", () => {
  const text = [
    "Buyers had seemed cautious as far back as March.",
    "",
    "Magnet exports from China eased 3.2% to 5,952 t in December, a drop from November's 6,150 t, which had been the second-highest month on record.",
    "",
    "Over the whole of 2025 they came to 57,392 t.",
    "",
    "Deliveries to the US slipped to 564 t, 18 t fewer than in November.",
  ].join("\n");

  it("does not date the story's later figures by the dek's month", async () => {
    const got = await claimAt(store, text, "564 t", "2026-01-21");
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).not.toMatch(/March/);
  });
});
