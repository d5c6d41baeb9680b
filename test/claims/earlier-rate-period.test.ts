// Wire stories give a year-to-date change beside the rate of the span before it: "the annual fall
// narrowing to 15% from 18.9% for the first half", "an annual decline of 15%, down from 18.9% in the
// first half". The half dates the earlier rate; it is neither the change's own period nor its base.
// A share moving "from 19% in August" still has August as its base.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January-July 2025 27,897 t, -15.0% on January-July 2024 (32,812 t); first half 2025
// 22,319 t, -18.9% on the first half of 2024
const OPENING = "Over January to July, China shipped 27,897 t of rare-earth magnets";

describe("a rate told against the rate of an earlier span", () => {
  it("keeps the change on the span the sentence opened with", async () => {
    const got = await periodsOf(
      store,
      `${OPENING}, with the year-on-year drop easing to 15% from 18.9% for the first half.`,
      "2025-08-22",
    );
    expect(got).toEqual([
      ["27,897 t", "2025-01..2025-07", "supported"],
      ["year-on-year drop easing to 15%", "2025-01..2025-07", "supported"],
    ]);
  });

  it("does not take the earlier span as the change's base", async () => {
    const got = await periodsOf(
      store,
      `${OPENING}, an annual fall of 15%, down from 18.9% in the first half.`,
      "2025-08-22",
    );
    expect(got.at(-1)).toEqual(["fall of 15%", "2025-01..2025-07", "supported"]);
  });

  it("checks a wrong rate on the span the sentence opened with, not on the half", async () => {
    const got = await periodsOf(
      store,
      `${OPENING}, with the year-on-year drop easing to 11% from 18.9% for the first half.`,
      "2025-08-22",
    );
    expect(got.at(-1)).toEqual(["year-on-year drop easing to 11%", "2025-01..2025-07", "contradicted"]);
  });
});
