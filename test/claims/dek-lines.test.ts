// A dek or standfirst above a story, found by putting one over corpus texts: a line that names another
// destination or month than the story must not take over the story's figures.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

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
