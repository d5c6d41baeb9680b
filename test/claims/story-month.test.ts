// After a sentence steps to another month ("In October it took 1,118 t"), the figures that follow
// may be back on the month the story is on: that month is a reading that can support them, never
// contradict them.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string) => periodsOf(store, text, "2025-12-20");

// magnets, November 2025: total 6,150 t, US 582 t (656 t in October), Japan 305 t (226 t in October);
// Germany 1,118 t in October
const STORY =
  "China's magnet exports rose 12.4% in November to 6,150 tonnes.\n\nGermany was missing from the November breakdown. In October it took 1,118 tonnes.\n\n";

describe("the month the story is on", () => {
  it("supports figures back on the story's month after a sentence on another month", async () => {
    const r = await read(`${STORY}Exports to the United States slipped 11% to 582 tonnes.`);
    expect(r.slice(-2)).toEqual([
      ["slipped 11%", "2025-11", "supported"],
      ["582 tonnes", "2025-11", "supported"],
    ]);
  });

  it("still reads them on the month named last, and a figure of neither month is not contradicted", async () => {
    const r = await read(`${STORY}Exports to the United States came to 610 tonnes.`);
    expect(r.at(-1)).toEqual(["610 tonnes", "2025-10", "unverifiable"]);
  });
});
