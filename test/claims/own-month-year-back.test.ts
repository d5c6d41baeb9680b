// "Magnet exports in October were 4,725 t" a month after October: the month the clause names is this
// year's, and last year's same month (which held 4,725 t) must not make a wrong figure supported.
// Where the text names the earlier year, or the data holds nothing for this year's month, the year
// before stays a reading.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levels = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === "level")
    .map((c) => [c.period, c.verdict]);

describe("a level on a month named without its year", () => {
  it("is not supported by the same month a year back", async () => {
    expect(await levels("China's October shipments of magnets stood at 4,725 t.", "2025-11-24")).toEqual([
      ["2025-10", "contradicted"],
    ]);
    expect(await levels("In October, magnet exports stayed under 5,000 t.", "2025-11-24")).toEqual([
      ["2025-10", "contradicted"],
    ]);
  });

  it("is still right on its own month", async () => {
    expect(await levels("China's October shipments of magnets stood at 5,473 t.", "2025-11-24")).toEqual([
      ["2025-10", "supported"],
    ]);
  });

  it("keeps the year before as a reading when the text names that year", async () => {
    expect(
      await levels("The 2024 figures were calmer. Magnet exports were 4,725 t in October.", "2025-11-24"),
    ).toEqual([["2024-10", "supported"]]);
  });
});
