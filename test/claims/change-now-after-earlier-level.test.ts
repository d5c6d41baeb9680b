// A change told in the present after a level of an earlier month ("In October 2024 it had shipped
// 4,725 t, so exports are now up 15.8%") may run from that month to the month the text is on. The
// words do not say so for certain: the reading can bear a right figure out, and a wrong one stays
// unverifiable, never contradicted through it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: October 2025 5,473 t, October 2024 4,725 t (+15.8%), September 2024 4,915 t;
// gallium: March 2024 1.214 t, March 2023 6.48 t (-81.3%)
const LEAD = "Magnet shipments from China totalled 5,473 t in October. ";

describe("a change in the present after an earlier month's level", () => {
  it("is borne out from that month to the month the text is on", async () => {
    const got = await periodsOf(
      store,
      `${LEAD}Back in October 2024 they had come to 4,725 t, which means exports are up by roughly 16%.`,
      "2025-11-24",
    );
    expect(got).toEqual([
      ["5,473 t", "2025-10", "supported"],
      ["4,725 t", "2024-10", "supported"],
      ["up by roughly 16%", "2025-10", "supported"],
    ]);
  });

  it("is borne out after a contrasting clause with 'while'", async () => {
    const got = await periodsOf(
      store,
      "Gallium exports were 1,214 kg in March. While they stood at 6,480 kg in March 2023, they have now sunk by more than 80% against that.",
      "2024-04-20",
    );
    expect(got.at(-1)).toEqual(["sunk by more than 80%", "2024-03", "supported"]);
  });

  it("leaves a wrong figure unverifiable rather than contradicted", async () => {
    const got = await periodsOf(
      store,
      `${LEAD}Back in October 2024 they had come to 4,725 t, which means exports are up by roughly 30%.`,
      "2025-11-24",
    );
    expect(got.at(-1)?.[2]).toBe("unverifiable");
  });

  it("is not read where the change follows the level with no word of the present", async () => {
    const got = await periodsOf(
      store,
      `${LEAD}In October 2024 they came to 4,725 t, up 15.8%.`,
      "2025-11-24",
    );
    expect(got.at(-1)).toEqual(["up 15.8%", "2024-10", "unverifiable"]);
  });
});
