// A Japanese broadcaster names the magnets as "レアアースを使った磁石" (magnets that use rare earths),
// which was read as rare earths, and compares with "去年の同じ月" (the same month last year) or
// "去年の同じ時期" (the same period last year), where "去年" was read as the period itself (2024).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// magnets: September 2025 5,774 t, October 5,473 t (-5.2%), October 2024 4,725 t (+15.8%);
// January-October 45,290 t against 47,778 t a year before (-5.2%)
const text =
  "中国の税関によりますと、10月に輸出されたレアアースを使った磁石は5473トンで、前の月より5.2%減りました。去年の同じ月と比べると15.8%増えています。1月から10月までの輸出量は4万5290トンで、去年の同じ時期を5.2%下回りました。";

describe("magnets named by what they use, and last year's same month or period as a base", () => {
  it("reads the tonnage and its monthly fall as the magnets'", async () => {
    expect(await cellAt(store, text, "5473トン", "2025-11-20")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      5473,
      "supported",
    ]);
  });

  it("reads the same month last year as a year-on-year base of October", async () => {
    expect(await cellAt(store, text, "15.8%増え", "2025-11-20")).toEqual([
      "change",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      15.8,
      "supported",
    ]);
  });

  it("reads the same period last year as the base of the months so far", async () => {
    const cell = await cellAt(store, text, "5.2%下回", "2025-11-20");
    expect(cell?.slice(0, 5)).toEqual(["change", "rare-earth-magnets", "WLD", "2025-01..2025-10", -5.2]);
    expect(cell?.[5]).not.toBe("contradicted");
  });
});
