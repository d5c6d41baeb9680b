// Wordings a blind batch (au: bulletins, memos, handouts, trade magazines, working papers) showed read
// wrong: a relative clause between commas whose month is not the sentence's, a rank in brackets right
// after a month, and a change set against an earlier peak or best named by its month.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("a relative clause between commas that names another month", () => {
  const text =
    "For the parts makers, who had seen May deliveries of Chinese magnets shrink to 46 tonnes, the 619 tonnes sent to the United States in July (a six-month high) were welcome; they were more than 13 times the May figure.";

  it("ranks the bracketed rank of the month right before it, not the aside's month", async () => {
    expect(await readingAt(store, text, "six-month high", "2025-08-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-07",
    });
  });

  it("carries the main clause's month, not the aside's, to the clause after it", async () => {
    expect(await readingAt(store, text, "more than 13 times the May figure", "2025-08-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-07",
    });
  });

  it("still dates the aside's own figure by the aside's month", async () => {
    expect(await readingAt(store, text, "46 tonnes", "2025-08-25")).toMatchObject({
      verdict: "supported",
      period: "2025-05",
    });
  });
});

describe("a change set against an earlier peak named by its month", () => {
  it.each([
    "The rare-earth series peaked in June 2025 (7,742.2 t), 24.5% above the previous maximum of May 2024.",
    "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above the prior peak of May 2024.",
    "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above their former best of May 2024.",
  ])("measures it against that month: %s", async (text) => {
    expect(await readingAt(store, text, "24.5% above", "2026-02-10")).toMatchObject({
      verdict: "supported",
      period: "2025-06",
    });
  });

  it("does not contradict on the month before when the words after the change name another month it cannot read as the base", async () => {
    const text =
      "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above that unusual stretch of May 2024.";
    expect((await readingAt(store, text, "24.5% above", "2026-02-10")).verdict).toBe("unverifiable");
  });
});
