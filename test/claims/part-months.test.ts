// Customs count whole months. A figure a text gives for part of a month ("in the first half of
// December", "the first ten days of November", "early October", "mid-December", "in the week to
// December 12", "by December 15") is some trader's or port's tally, never the month's total: it is
// not checked, and above all never contradicted by the month's figure. "The first half" alone is
// still the first half of the year.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const claimAt = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a figure for part of a month", () => {
  it.each([
    ["In the first half of November, China's magnet exports reached about 2,900 t.", "2,900", "2025-11"],
    ["Magnet exports over the first two weeks of October came to 2,650 tonnes.", "2,650", "2025-10"],
    ["During the second half of September, exports of rare-earth magnets were 3,050 t.", "3,050", "2025-09"],
    ["Rare earth exports in the first 10 days of November totalled 1,600 t.", "1,600", "2025-11"],
    ["China's magnet exports in early November stood at 1,900 tonnes.", "1,900", "2025-11"],
    ["Shipments of magnets to the US in mid-October were about 300 t.", "300", "2025-10"],
    ["Rare earth exports in the week to November 14 were about 900 t, port data showed.", "900", "2025-11"],
    ["Traders said magnet shipments were running at about 2,800 t by October 15.", "2,800", "2025-10"],
  ])("is read as that month's part and not checked: %s", async (text, words, month) => {
    const c = claimAt(text, "2025-12-22", words);
    expect(c?.period).toBe(month);
    expect(c?.mode).toBe("part-month");
    const got = await verdictsOf(store, text, "2025-12-22");
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("counts a year to a day in it as a part too", async () => {
    const text = "Rare earth exports through Nov 10 totalled 48,900 t, according to traders.";
    expect(claimAt(text, "2025-12-22", "48,900")?.mode).toBe("part-month");
  });

  it("still reads the first half of the year, and the whole month", async () => {
    const got = await verdictsOf(
      store,
      "In the first half, China exported 22,319 t of rare-earth magnets. In November, magnet exports were 6,150 t. Magnet exports in October were 5,900 t.",
      "2025-12-22",
    );
    expect(got).toContainEqual(["22,319 t", "supported"]);
    expect(got).toContainEqual(["6,150 t", "supported"]);
    expect(got).toContainEqual(["5,900 t", "contradicted"]);
  });

  it("leaves a month released in mid-month as the figure's period", async () => {
    const got = await verdictsOf(
      store,
      "Customs data released in mid-December showed magnet exports of 6,150 t in November.",
      "2025-12-22",
    );
    expect(got).toContainEqual(["6,150 t", "supported"]);
  });
});
