// "..., as overseas buyers rebuilt their stocks. The largest producer sent out a record 6,217 metric
// tons of the 17 minerals last month.": a rank in a clause that names its product is of the trade, as
// the tonnage beside it is, even when the sentence before ended on something else (stocks, demand).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const STORY =
  "China's rare earth exports in May were 35.9% higher than a year earlier, customs data showed, as overseas buyers rebuilt their stocks. The largest producer sent out a record 6,217 metric tons of the 17 minerals last month.";

describe("a rank after a sentence that ended on something else", () => {
  it("is read with its tonnage and supported", async () => {
    expect(await readingAt(store, STORY, "a record", "2024-06-07")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2024-05",
    });
  });

  it("still leaves a record price", async () => {
    const text = "Demand is strong. Magnet prices hit a record in May.";
    expect((await readingAt(store, text, "a record", "2025-06-20")).verdict).toBeNull();
  });
});
