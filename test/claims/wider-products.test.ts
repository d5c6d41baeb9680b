// Words that widen the product past the data's series are not checked against it: "permanent magnets
// of all kinds" take in ferrite and other magnets no rare-earth series holds, and a total "not
// counting the EU" is every destination but the EU, not the EU's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a product or a destination widened by its words", () => {
  it.each([
    "Exports of permanent magnets of all kinds were 6,800 t in November.",
    "Exports of all kinds of magnets were 6,800 t in November.",
  ])("reads magnets of every kind as no rare-earth magnet series: %s", async (text) => {
    expect(await readingAt(store, text, "6,800 t")).toMatchObject({
      series: "magnets-of-all-kinds",
      verdict: "unverifiable",
    });
  });

  it("still reads rare-earth permanent magnets as the magnet line", async () => {
    expect(
      await readingAt(store, "Exports of rare earth permanent magnets were 6,150 t in November.", "6,150 t"),
    ).toMatchObject({ series: "rare-earth-magnets", verdict: "supported" });
  });

  it("reads a total 'not counting the EU' as the rest of the world's, never contradicted as the EU's", async () => {
    expect(
      await readingAt(store, "Not counting the EU, China shipped 3,581 t of magnets in November.", "3,581 t"),
    ).toMatchObject({ partner: "ROW", verdict: "unverifiable" });
  });
});
