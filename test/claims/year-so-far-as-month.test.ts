// "Rare earth exports in October were 44,662 t" where 44,662 t is January-October's total: a month's
// figure ten times the month's that equals the year so far to that month is that total told as the
// month, a wrong statement, not a figure in another unit left open.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verdicts = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.period, c.verdict]);

describe("the year so far told as one month", () => {
  it.each([
    ["Rare earth shipments abroad in October 2023 amounted to 44,662 tonnes.", "2023-11-25", "2023-10"],
    ["China's May magnet exports totalled 19,132 t.", "2025-06-25", "2025-05"],
  ])("is contradicted: %s", async (text, published, period) => {
    const got = await verdicts(text, published);
    expect(got.map(([, p, v]) => [p, v])).toEqual([[period, "contradicted"]]);
  });

  it.each([
    "Through October 2023, rare earth shipments abroad amounted to 44,662 tonnes.",
    "By October 2023 rare earth shipments abroad had reached 44,662 tonnes.",
    "Rare earth shipments abroad in October 2023 lifted the year's total to 44,662 tonnes.",
    "Rare earth shipments abroad stood at 44,662 tonnes at the end of October 2023.",
    "As of end-October 2023, rare earth shipments abroad came to 44,662 tonnes.",
    "Rare earth shipments abroad through end-October 2023 amounted to 44,662 tonnes.",
    // a clause that speaks of a total or of the year so far, with the month its figure was reached in
    "Total rare earth shipments abroad for 2023 stood at 44,662 tonnes in October.",
    "China shipped 44,662 tonnes of rare earths abroad through the end of October 2023.",
    "Cumulative rare earth shipments abroad were 44,662 tonnes in October 2023.",
  ])("is not where the words give the year so far: %s", async (text) => {
    const got = await verdicts(text, "2023-11-25");
    expect(got.filter(([, , v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves a figure of another magnitude that is no such total open", async () => {
    const got = await verdicts(
      "Rare earth shipments abroad in October 2023 amounted to 52,000 tonnes.",
      "2023-11-25",
    );
    expect(got.map(([, , v]) => v)).toEqual(["unverifiable"]);
  });
});
