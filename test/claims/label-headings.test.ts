// A heading that is only a label ("Rare earths", "MAGNETS:") heads the bullets under it with its
// product, but "rare earths" is also the name of the whole field, and writers file magnet figures
// under it. When such a label was the only place a text named a product, the bullets took that
// product as the text's own and a magnet figure under "Rare earths:" was called wrong. A product
// named only by a label is carried to its section, which can show a figure right, never wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function readings(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-20" });
  return r.claims.map((c) => [c.text, c.series, c.verdict]);
}

describe("a product named only by a section's label", () => {
  it.each([
    ["Rare earths:\n- November exports 6,150 t, up 12.4%", "rare-earths"],
    ["RARE EARTHS\n* Exports in November: 6,150 t", "rare-earths"],
    ["Magnets\n- November shipments: 5,493.9 t", "rare-earth-magnets"],
  ])("reads the label's product but never contradicts on it: %s", async (text, series) => {
    const got = await readings(text);
    expect(got.length).toBeGreaterThan(0);
    for (const [, s, verdict] of got) {
      expect(s).toBe(series);
      expect(verdict).toBe("unverifiable");
    }
  });

  it("supports a figure that is the label's product", async () => {
    expect(await readings("Rare earths:\n- November exports 5,493.9 t")).toEqual([
      ["5,493.9 t", "rare-earths", "supported"],
    ]);
  });

  it("still contradicts a product a sentence names", async () => {
    expect(await readings("Rare earths\n\nChina's rare-earth exports came to 6,150 t in November.")).toEqual([
      ["6,150 t", "rare-earths", "contradicted"],
    ]);
  });
});
