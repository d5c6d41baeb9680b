// A month named without its year while it is still running when the text comes out ("Rare-earth
// exports in November rose 20%" on 25 November) is this year's as a forecast or a part of the month,
// or last year's: the reader dates it a year back, a guess no word of the text backs, and a
// contradiction on it was a false one. A text that names that year keeps its month certain.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-11-25";
const read = async (text: string, quote: string) => {
  const c = await claimAt(store, text, quote, published);
  return [c?.period, c?.grounds.period, c?.verdict];
};

describe("a month still running, named without its year", () => {
  it.each([
    ["Rare-earth exports in November rose 20% from October.", "rose 20%"],
    ["China's rare-earth exports in November reached 5,400 t.", "5,400 t"],
  ])("is not refuted as last year's: %s", async (text, quote) => {
    expect(await read(text, quote)).toEqual(["2024-11", "default", "unverifiable"]);
  });

  it("still refutes the month when the text names its year", async () => {
    const text = "Looking back at 2024: rare-earth exports in November rose 20% from October.";
    expect(await read(text, "rose 20%")).toEqual(["2024-11", "clause", "contradicted"]);
  });

  it("still supports this year's figure, out by the time the text is read", async () => {
    const text = "Rare-earth exports in November were 5,493.9 t.";
    expect((await read(text, "5,493.9 t"))[2]).toBe("supported");
  });
});
