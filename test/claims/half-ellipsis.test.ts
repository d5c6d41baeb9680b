// "X in the second half of 2025 against Y in the first": the second figure's "half" is left out, but it
// is the first half of the same year; and a gap between the two with no base of its own lies between
// them. Read as the second half's, the first half's tonnage and the gap were contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const TEXT =
  "Rare-earth exports eased to 30,016 tonnes in the second half of 2025, versus 32,569 tonnes in the first, a difference of about 2,550 tonnes.";

describe("a half whose noun is left out", () => {
  it("reads the other half of the same year", async () => {
    expect(await readingAt(store, TEXT, "32,569 tonnes", "2026-02-01")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2025-01..2025-06",
    });
  });

  it("takes the gap between the two halves", async () => {
    const got = await verdictsOf(store, TEXT, "2026-02-01");
    expect(got).toContainEqual(["about 2,550 tonnes", "supported"]);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves an ordinal with its own noun alone", async () => {
    const got = await readingAt(
      store,
      "Magnet exports were 35,072 t in the second half of 2025, in the first quarter of 2026 16,001 t.",
      "16,001 t",
      "2026-04-25",
    );
    expect(got.period).toBe("2026-01..2026-03");
  });
});
