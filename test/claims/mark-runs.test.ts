// A run of months past a mark in tonnes ("the third month in a row above 5,000 t") counts the months
// on the right side of the mark, not monthly rises or falls: read as a run of the clause's verb
// ("eased ..., the third month in a row"), a true run was contradicted. Magnets 2025: June 3,188 t,
// July 5,577 t, August 6,146 t, September 5,774 t, October 5,473 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a run of months past a mark", () => {
  it.each([
    [
      "Magnet exports eased to 5,774 t in September, the third month in a row above 5,000 t.",
      "2025-11-20",
      "third month in a row above 5,000 t",
      "supported",
    ],
    [
      "Magnet exports fell to 5,774 t in September but stayed above 5,000 t for a third straight month.",
      "2025-11-20",
      "above 5,000 t for a third straight month",
      "supported",
    ],
    [
      "Magnet exports fell to 5,473 t in October, a fourth straight month above 5,000 tonnes.",
      "2025-11-20",
      "fourth straight month above 5,000 tonnes",
      "supported",
    ],
    [
      "Magnet exports fell to 5,473 t in October, a fifth straight month above 5,000 t.",
      "2025-11-20",
      "fifth straight month above 5,000 t",
      "contradicted",
    ],
    [
      "Magnet exports rose to 3,188 t in June, but stayed below 4,000 t for a third month.",
      "2025-07-20",
      "below 4,000 t for a third month",
      "supported",
    ],
  ])("%s", async (text, published, quote, verdict) => {
    expect((await readingAt(store, text, quote, published)).verdict).toBe(verdict);
  });

  it("leaves the month's own move to its verb", async () => {
    const text =
      "Magnet exports fell to 5,774 t in September but stayed above 5,000 t for a third straight month.";
    expect(await verdictsOf(store, text, "2025-10-20")).toContainEqual(["fell", "supported"]);
  });
});
