// A year that dates where a record or a window starts ("the lowest since records began in 2023",
// "since the series started in 2023") is not the year of the clause's month: "in October" stays the
// latest October before publication. Read as October 2023, a true level was contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// October 2025: 4,343.5 t of rare earths (October 2023: 4,291 t)
describe("a year that starts a record's window", () => {
  it.each([
    "China's rare-earth exports in October, at 4,343.5 tonnes, were the lowest since records began in 2023.",
    "China's rare-earth exports fell to 4,343.5 tonnes in October, the lowest since data collection began in 2023.",
    "Rare-earth exports from China in October were the lowest since the series started in 2023, at 4,343.5 tonnes.",
  ])("leaves the month in the year of publication: %s", async (text) => {
    const got = await readingAt(store, text, "4,343.5 tonnes", "2025-11-22");
    expect(got).toMatchObject({ verdict: "supported", period: "2025-10" });
  });

  it("still dates a month by a year named as its own", async () => {
    const text = "China's rare-earth exports in October 2023 came to 4,291 tonnes.";
    const got = await readingAt(store, text, "4,291 tonnes", "2025-11-22");
    expect(got).toMatchObject({ verdict: "supported", period: "2023-10" });
  });
});
