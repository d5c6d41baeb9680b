// A month named without its year that is one of the last two before publication ("in January" in
// a piece of early February) is read as this year's, as before; where the data holds no figure for
// it (customs had not published it yet), the same month a year earlier is another reading, which
// can bear the claim out but never makes it wrong, and which is not weighed where the month's own
// figure is held (a last-year figure given for this year's month stays contradicted), even where the
// month it is compared with is missing.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January 2025 6,357 t (the highest month held), October 2024 4,725 t, October 2025
// 5,473 t; no single-month figure for January 2026
describe("a recent month named without its year", () => {
  it("is last year's where this year's figure is not held", async () => {
    const got = await periodsOf(
      store,
      "The 6,357 t of magnets China shipped in January is still the highest monthly figure on record.",
      "2026-02-05",
    );
    expect(got).toEqual([
      ["6,357 t", "2025-01", "supported"],
      ["highest monthly figure on record", "2025-01", "supported"],
    ]);
  });

  it("is never contradicted through last year's figure", async () => {
    const got = await periodsOf(store, "China's magnet exports in January came to 7,000 t.", "2026-02-05");
    expect(got).toEqual([["7,000 t", "2026-01", "unverifiable"]]);
  });

  it("keeps this year's month where its figure is held", async () => {
    const got = await periodsOf(store, "China's magnet exports in October came to 4,725 t.", "2025-11-25");
    expect(got).toEqual([["4,725 t", "2025-10", "contradicted"]]);
  });

  it("keeps this year's month where only the month it is compared with is missing", async () => {
    // gallium: August 2024 11.217 t, July 2024 not held; July 2023 5.15 t, August 2023 nothing shipped
    const got = await periodsOf(
      store,
      "Gallium exports came to 11,217 kg in August, a little below July's level.",
      "2024-09-21",
    );
    expect(got).toEqual([
      ["11,217 kg", "2024-08", "supported"],
      ["below July's", "2024-08", "unverifiable"],
    ]);
  });
});
