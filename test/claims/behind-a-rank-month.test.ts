// "Rebounded to 6,150 tonnes in November, the second-highest this year behind January": the month
// behind which a figure ranks is the rank's, not the base of the clause's rise, which had been set
// against January and contradicted (a correct statement); "behind" right after a figure still compares.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month a rank is behind", () => {
  it.each([
    [
      "Magnet exports rebounded to 6,150 tonnes in November, the second-highest this year behind January.",
      "rebounded",
      "2025-12-20",
      /5,473 t in October 2025 to 6,150 t in November 2025/,
    ],
    [
      "Magnet exports rose 12.4% to 6,150 tonnes in November, second this year only behind January.",
      "rose 12.4%",
      "2025-12-20",
      /5,473 t in October 2025 to 6,150 t in November 2025/,
    ],
    [
      "Magnet exports climbed to 6,146 tonnes in August, just behind January's 6,357 tonnes.",
      "climbed",
      "2025-09-20",
      /5,577 t in July 2025 to 6,146 t in August 2025/,
    ],
  ])("is not the base of the clause's move: %s", async (text, quote, published, base) => {
    const c = await claimAt(store, text, quote, published);
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toMatch(base);
  });

  it("still ranks the month", async () => {
    const c = await claimAt(
      store,
      "Magnet exports rebounded to 6,150 tonnes in November, the second-highest this year behind January.",
      "second-highest this year",
      "2025-12-20",
    );
    expect([c?.kind, c?.verdict]).toEqual(["rank", "supported"]);
  });
});
