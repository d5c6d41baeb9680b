// A percentage or fraction said of a tonnage the text states ("about 7% of the 689 tonnes shipped in
// May 2024"). When that tonnage is the month's total, the words give a share of it and a wrong one is
// wrong; when it is not (another period's, destination's or product's figure), the destination's
// figure taken of that tonnage bears the words out, and nothing refutes them: the share of the total
// is not what they say.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a share said of a tonnage the text states", () => {
  it("bears out a ratio to another period's tonnage, not refuted as a share of the total", async () => {
    const text =
      "Exports of Chinese rare-earth magnets to the US came to 46 tonnes in May, roughly 7% of the 689 tonnes shipped in May 2024.";
    expect((await readingAt(store, text, "roughly 7% of the 689", "2025-06-25")).verdict).toBe("supported");
  });

  it("leaves open a wrong ratio to another period's tonnage, even one the share of the total fits", async () => {
    // the US's 46 t is 3.7% of May's 1,238 t total, but 6.7% of the 689 t
    const text =
      "Exports of Chinese rare-earth magnets to the US came to 46 tonnes in May, roughly 4% of the 689 tonnes shipped in May 2024.";
    expect((await readingAt(store, text, "roughly 4% of the 689", "2025-06-25")).verdict).toBe(
      "unverifiable",
    );
  });

  it("still refutes a wrong share of a whole that is the month's total", async () => {
    const text =
      "Germany took 1,346 tonnes of Chinese rare-earth magnets in August, about 31% of the 6,146 tonnes shipped that month.";
    expect((await readingAt(store, text, "about 31% of the 6,146", "2025-09-25")).verdict).toBe(
      "contradicted",
    );
  });

  it("bears out a right share of the month's total", async () => {
    const text =
      "Germany took 1,346 tonnes of Chinese rare-earth magnets in August, about 22% of the 6,146 tonnes shipped that month.";
    expect((await readingAt(store, text, "about 22% of the 6,146", "2025-09-25")).verdict).toBe("supported");
  });
});
