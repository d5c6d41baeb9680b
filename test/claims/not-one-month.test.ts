// Figures that a month's customs figure may equal only by chance: an average or a rate the words
// make of the number, and the total of every destination but some. A month that equals them
// supports nothing, and none of them is ever contradicted as a month's level.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string, published?: string) => verdictsOf(store, text, published);

describe("an average or a rate", () => {
  it.each([
    "On average, magnet sales abroad came to 6,150 t a month in the quarter to November.",
    "On average, China shipped 6,150 tonnes of magnets per month in November and the two months before.",
  ])("is not supported by a month that equals it: %s", async (text) => {
    const found = await verdicts(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, v]) => v === "unverifiable")).toBe(true);
  });

  it("leaves a level set against an average its support, and a base a month earlier too", async () => {
    expect(
      await verdicts(
        "Magnet exports came to 6,150 tonnes in November, against a monthly average of 4,676 tonnes this year.",
      ),
    ).toContainEqual(["6,150 tonnes", "supported"]);
    expect(
      await verdicts(
        "Magnet shipments to the US slipped to 582 tons in November from 656 tons a month earlier.",
      ),
    ).toContainEqual(["656 tons", "supported"]);
  });
});

describe("every destination but some", () => {
  it.each([
    "Magnet exports to destinations other than Germany came to 6,150 t in November.",
    "Outside the US, magnet sales abroad climbed to 6,150 tonnes in November.",
    "Excluding Japan, magnet shipments reached 6,150 tonnes in November.",
    "Shipments of magnets to everywhere else rose to 6,150 t in November.",
  ])("is neither the destination left out nor the world total: %s", async (text) => {
    const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.verdict === "unverifiable")).toBe(true);
    expect(claims.every((c) => !["USA", "JPN", "DEU", "WLD"].includes(c.partner))).toBe(true);
  });
});
