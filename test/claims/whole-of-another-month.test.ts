// A percentage of another month's whole, said of a part that has a month of its own: "exports to
// the US in December were 97% of the November total" sets two months side by side (564 t is 97% of
// November's 582 t), so it is no share of December's total; read as one, a right text was accused.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-01-25";

describe("a part of one month set against another month's whole", () => {
  it.each([
    [
      "Magnet exports to the US in December 2025 were 97% of the November 2025 total.",
      "97% of the November 2025 total",
    ],
    [
      "Exports of magnets to the United States in May 2025 were just 5% of January 2025's volume.",
      "5% of January 2025's volume",
    ],
  ])("is not checked as a share of the part's month: %s", async (text, words) => {
    expect(await verdictsOf(store, text, published)).toEqual([[words, "unverifiable"]]);
  });

  it("while a share of the same month's whole is still one ('Germany took 22% of September's total')", async () => {
    const text = "In September, Germany took 22% of September's magnet total.";
    expect(await verdictsOf(store, text, published)).toContainEqual([
      "22% of September's magnet total",
      "supported",
    ]);
  });
});
