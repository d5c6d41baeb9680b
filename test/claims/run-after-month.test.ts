// "Outbound magnet volumes climbed to 6,146 t in August before easing for two straight months": a
// run told after the clause's month ("before ...", "then ...") runs on from that month, so it is
// counted to the month its length reaches, not to the month named; how far it runs the words only
// imply, so it is never contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a run told after the month", () => {
  it.each([
    [
      "Outbound magnet volumes climbed to 6,146 t in August before easing for two straight months.",
      "two straight months",
    ],
    [
      "Magnet shipments topped out at 6,146 t in August, then slipped for two consecutive months.",
      "two consecutive months",
    ],
    [
      "Magnet exports sank to 1,238 t in May before rising for three straight months.",
      "three straight months",
    ],
  ])("is counted on from the month: %s", async (text, quote) => {
    expect((await readingAt(store, text, quote, "2025-11-25")).verdict).toBe("supported");
  });

  it("is never contradicted when the run does not bear out", async () => {
    const text =
      "Outbound magnet volumes climbed to 6,146 t in August before rising for two straight months.";
    expect((await readingAt(store, text, "two straight months", "2025-11-25")).verdict).toBe("unverifiable");
  });

  it("still reads a run that ends in the month named", async () => {
    const text = "Outbound magnet volumes fell in October for a second straight month, to 5,473 t.";
    expect(await readingAt(store, text, "second straight month", "2025-11-25")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
  });
});

describe("a run told after the month, to a level of a later month", () => {
  it.each([
    [
      "Outbound magnet volumes climbed to 6,146 t in August before easing for two straight months to 5,473 t in October.",
      "two straight months",
      "2025-10",
    ],
    [
      "Rare-earth shipments topped out at 7,742.2 t in June, then slid for three consecutive months down to 4,000.3 t in September.",
      "three consecutive months",
      "2025-09",
    ],
  ])("ends the run at the level's month: %s", async (text, quote, period) => {
    expect(await readingAt(store, text, quote, "2025-11-25")).toMatchObject({ verdict: "supported", period });
  });

  it("contradicts a run the level's month does not end", async () => {
    const text =
      "Rare-earth shipments topped out at 7,742.2 t in June, then slid for four consecutive months to 4,000.3 t in September.";
    expect(await readingAt(store, text, "four consecutive months", "2025-11-25")).toMatchObject({
      verdict: "contradicted",
      period: "2025-09",
    });
  });
});
