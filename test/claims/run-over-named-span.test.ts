// "Magnet exports rose for four months in a row from May to August": the writer counts the months
// the span names, May (the trough the run set out from) to August, where the data holds three rises
// (June, July, August); the run was contradicted. A count no reading of the span allows still is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-01-25";

describe("a run counted over the months of a named span", () => {
  it.each([
    ["Magnet exports rose for four months in a row from May to August.", "four months in a row"],
    ["Magnet exports rose for four straight months, from May to August.", "four straight months"],
  ])("may count the month it set out from: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.period, c?.verdict]).toEqual(["2025-08", "supported"]);
    expect(c?.explanation).toMatch(/months the span names/);
  });

  it.each([
    ["Magnet exports rose for five months in a row from May to August.", "five months in a row"],
    ["Magnet exports rose for four months in a row to August.", "four months in a row"],
  ])("still refutes a count the span does not allow: %s", async (text, quote) => {
    expect((await claimAt(store, text, quote, published))?.verdict).toBe("contradicted");
  });
});
