// A bare year after a word of comparison ("above their 2023 level", "up 20% on 2023", "from the
// 2023 total") names the year a change is set against. Unread, the change of a full year fell back
// to the year before: "12.9% above their 2023 level" was supported on 2024's base, and a right
// change on 2023 was left unverifiable. Of a single month, the year before is the same month a year
// earlier or the year's average, never the month before, so it can support but not contradict.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string) => verdictsOf(store, text, "2026-02-10");

// rare earths: 52,307 t in 2023, 55,431 t in 2024, 62,585 t in 2025 (+19.6% on 2023, +12.9% on 2024)
describe("a bare year a change is compared with", () => {
  it.each([
    ["China's 2025 rare-earth exports ended 19.7% above their 2023 level.", "19.7% above"],
    ["China's rare-earth exports in 2025 were up 20% on 2023.", "up 20%"],
    ["Rare-earth exports climbed 19.6% in 2025 from the 2023 total.", "climbed 19.6%"],
  ])("supports the change on the year named: %s", async (text, words) => {
    expect(await verdicts(text)).toContainEqual([words, "supported"]);
  });

  it.each([
    ["China's 2025 rare-earth exports ended 12.9% above their 2023 level.", "12.9% above"],
    ["China's rare-earth exports in 2025 were up 13% on 2023.", "up 13%"],
  ])("contradicts the other year's change said of it: %s", async (text, words) => {
    expect(await verdicts(text)).toContainEqual([words, "contradicted"]);
  });

  it("still reads the year before as year-on-year", async () => {
    expect(
      await verdicts("China's rare-earth exports in 2025 were 12.9% above the 2024 level."),
    ).toContainEqual(["12.9% above", "supported"]);
  });

  it("never contradicts a month's change on the year before on its month before", async () => {
    // June 2025 7,742.2 t: +32% on May, +60.3% on June 2024
    const got = await verdicts("China's rare-earth exports in June 2025 were 60% above the 2024 level.");
    expect(got).toContainEqual(["60% above", "supported"]);
    const wrong = await verdicts("China's rare-earth exports in June 2025 were 45% above the 2024 level.");
    expect(wrong).toContainEqual(["45% above", "unverifiable"]);
  });
});
