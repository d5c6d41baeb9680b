// A base figure no words date ("5,473 t, up from 4,725 t") is the month before's by default, but may
// as well be the same month a year before's: the base figure itself is the evidence. The default is a
// guess, so it never contradicts, and the year-earlier month can support it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string) => periodsOf(store, text, "2025-11-20");

// magnets: September 2025 5,774 t, October 2025 5,473 t, October 2024 4,725 t
describe("a base level the words do not date", () => {
  it.each([
    ["October magnet exports were 5,473 t, up from 4,725 t.", "4,725 t"],
    ["October magnet exports were 5,473 t, up 15.8% from 4,725 t.", "4,725 t"],
  ])("supports a year-earlier base figure: %s", async (text, quote) => {
    expect(await read(text)).toContainEqual([quote, "2024-10", "supported"]);
  });

  it("supports the month before's figure", async () => {
    expect(await read("October magnet exports were 5,473 t, down from 5,774 t.")).toContainEqual([
      "5,774 t",
      "2025-09",
      "supported",
    ]);
  });

  it("leaves a base figure of neither month unverifiable, not contradicted", async () => {
    expect(await read("October magnet exports were 5,473 t, up from 4,275 t.")).toContainEqual([
      "4,275 t",
      "2025-09",
      "unverifiable",
    ]);
  });

  it("still contradicts a base figure the words date", async () => {
    expect(await read("October magnet exports were 5,473 t, up from 4,275 t a year earlier.")).toContainEqual(
      ["4,275 t", "2024-10", "contradicted"],
    );
  });
});
