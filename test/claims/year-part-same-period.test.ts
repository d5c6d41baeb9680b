// "ahead of 2023's 31,727 tonnes for the same period": a year named in the possessive before a level,
// and "the same period" after it, date the level to that year's part of the span the clause is on.
// Read as the whole year's total, the January-July figure was contradicted by full-year 2023.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January-July 2023 31,727 t, full-year 2023 52,576 t, January-July 2024 32,812 t
const lead = "China's magnet exports reached 32,812 tonnes in the first seven months of 2024,";

describe("a year's figure for the same period", () => {
  it.each([
    " ahead of 2023's 31,727 tonnes for the same period.",
    " above 2023's 31,727 tonnes in the same period.",
  ])("reads the level as that year's same months:%s", async (rest) => {
    expect(await readingAt(store, lead + rest, "31,727 tonnes", "2024-08-22")).toMatchObject({
      verdict: "supported",
      period: "2023-01..2023-07",
    });
  });

  it("keeps a year's figure with no same period as the year's total", async () => {
    expect(
      await readingAt(store, `${lead} ahead of 2023's 52,576 tonnes.`, "52,576 tonnes", "2024-08-22"),
    ).toMatchObject({ verdict: "supported", period: "2023-01..2023-12" });
  });
});
