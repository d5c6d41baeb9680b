// "Together the two took about 890 t" after a sentence that gave two destinations' own figures: the
// figure is their sum, a reading carried from the sentence before (it may support, never
// contradict). It was read as the world total's, which left it open. November 2025 magnets: US
// 582 t, Japan 305 t (887 t together); Germany's November is not held.
import { describe, expect, it } from "vitest";
import { countedGroup } from "../../src/claims/extract/figure-partner.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a sum over destinations counted, not named", () => {
  it.each([
    ["Between them the two markets bought 900 t", ["USA", "JPN"], ["USA", "JPN"]],
    ["Combined, the three received 2,000 t", ["DEU", "KOR", "VNM"], ["DEU", "KOR", "VNM"]],
    ["Together the two took 900 t", ["USA"], null],
    ["The two took 900 t", ["USA", "JPN"], null],
    ["Together the two months came to 11,000 t", ["USA", "JPN"], null],
  ])("%s after %j", (clause, names, group) => {
    expect(countedGroup(clause, names)).toEqual(group);
  });

  it.each([
    [
      "Last November the US bought 582 t and Japan 305 t. Together the pair bought roughly 890 t.",
      "roughly 890 t",
      "supported",
    ],
    [
      "Last November the US bought 582 t and Japan 305 t. Together the pair bought roughly 990 t.",
      "roughly 990 t",
      "unverifiable",
    ],
  ])("is their sum, carried: %s", async (text, quote, verdict) => {
    const c = await claimAt(store, text, quote, "2026-01-20");
    expect(c).toMatchObject({ kind: "level", partner: "USA+JPN", period: "2025-11", verdict });
  });
});
