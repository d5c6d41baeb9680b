// A transcript's noise notes and fillers said inside a figure ("[crosstalk]", "uh") are not part of
// it: the figure reads whole. A figure cut by unheard words ("[inaudible]") was not heard whole and
// is read as no figure, never as its last part.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, October 2025: India 416 t, Korea 569 t
describe("a spoken figure with a note or a filler inside it", () => {
  it.each([
    ["CALLER: India got four hundred [crosstalk] sixteen tonnes of magnets in October.", "IND", 416],
    ["ANALYST: Korea took five hundred and, um, sixty-nine tonnes of magnets in October.", "KOR", 569],
  ])("reads it whole: %s", async (text, partner, value) => {
    const quote = (await verdictsOf(store, text, "2025-11-20"))[0]?.[0] ?? "";
    expect(await cellAt(store, text, quote, "2025-11-20")).toEqual([
      "level",
      "rare-earth-magnets",
      partner,
      "2025-10",
      value,
      "supported",
    ]);
  });

  it("reads no figure where unheard words cut it", async () => {
    const text = "CALLER: India got four hundred [inaudible] sixteen tonnes of magnets in October.";
    expect(await verdictsOf(store, text, "2025-11-20")).toEqual([]);
    expect(
      await verdictsOf(
        store,
        text.replace("four hundred [inaudible] sixteen", "4 [inaudible] 16"),
        "2025-11-20",
      ),
    ).toEqual([]);
  });
});
