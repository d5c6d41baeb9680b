// Months said relative to another: "two months on", "three months later" count from the month the
// text was on; "the next month" told in the past tense is that month's successor, not a forecast;
// "last December" is the December before the story, never the coming one.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => periodsOf(store, text, published);

// magnets to the US: September 2025 420.5 t, November 582 t; to Germany: September 1,288 t,
// October 1,118 t; world: December 2025 5,952 t (December 2024 is not in the data)
describe("months counted from the one the text is on", () => {
  it.each([
    "US magnet shipments were 420.5 tonnes in September. Two months on, they stood at 582 tonnes.",
    "US magnet shipments were 420.5 tonnes in September. Two months later they had risen to 582 tonnes.",
    "US magnet shipments were 420.5 tonnes in September, rising to 582 tonnes two months later.",
  ])("moves the month by the count the words give: %s", async (text) => {
    expect(await read(text, "2025-12-20")).toContainEqual(["582 tonnes", "2025-11", "supported"]);
  });

  it("keeps a figure two months on carried, so a wrong one is not contradicted", async () => {
    const text =
      "US magnet shipments were 420.5 tonnes in September. Two months on, they stood at 528 tonnes.";
    expect(await read(text, "2025-12-20")).toContainEqual(["528 tonnes", "2025-11", "unverifiable"]);
  });

  it.each([
    "Germany took 1,288 tonnes of magnets in September. The next month it took 1,118 tonnes.",
    "Germany took 1,288 tonnes of magnets in September. In the next month, the figure fell to 1,118 tonnes.",
  ])("reads 'the next month' in a past story as the month after, not a forecast: %s", async (text) => {
    expect(await read(text, "2025-12-20")).toContainEqual(["1,118 tonnes", "2025-10", "supported"]);
  });

  it("still reads a figure for next month as a forecast", async () => {
    const r = await verifyClaims(store, "Exports to Germany will reach 1,300 tonnes next month.", {
      published: "2025-12-20",
    });
    expect(r.claims.map((c) => [c.text, c.verdict, c.explanation?.includes("forecast")])).toEqual([
      ["1,300 tonnes", "unverifiable", true],
    ]);
  });

  it("reads 'last December' in November as the December before, not the coming one", async () => {
    const text = "China's rare-earth magnet exports totalled 5,952 tonnes last December.";
    expect(await read(text, "2025-11-20")).toEqual([["5,952 tonnes", "2024-12", "unverifiable"]]);
    expect(await read(text, "2026-01-20")).toEqual([["5,952 tonnes", "2025-12", "supported"]]);
  });
});
