// A newsletter's "By the numbers" box leads each line with an em dash: "— 22.6%: the rise from April".
// Lines led by a hyphen or an en dash were list items, an em dash was not, so the box ran together
// as one sentence and the percentage glossed after its colon was not read.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: April 2025 4,784.8 t, May 5,864.6 t (+22.6%)
describe("list items led by an em dash", () => {
  const box =
    "BY THE NUMBERS\n— 5,864.6 t: China's rare-earth exports in May\n— 22.6%: the rise from April, despite the new licence rules";

  it("reads the percentage glossed after its colon", async () => {
    expect(await readingAt(store, box, "22.6%: the rise", "2025-06-09")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-05",
    });
  });

  it("still reads the level of the line before", async () => {
    expect(await readingAt(store, box, "5,864.6 t", "2025-06-09")).toMatchObject({
      verdict: "supported",
      period: "2025-05",
    });
  });
});
