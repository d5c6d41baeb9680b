// An element's symbol beside a figure names the good ("Ga exports", "11.2 t of Ga", "Sb shipments"):
// gallium, germanium and antimony, never the magnet line a text that names no product is read as.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const seriesOf = (text: string) => extractClaims(text, { published: "2024-09-20" }).map((c) => c.series);

describe("an element's symbol", () => {
  it.each([
    ["China's Ga exports reached 11.2 t in August.", "gallium"],
    ["China exported 11.2 t of Ga in August.", "gallium"],
    ["Ge shipments from China came to 8 t in August.", "germanium"],
    ["China's Sb exports fell to 4,075 t in August.", "antimony"],
  ])("names its good: %s", (text, series) => {
    expect(seriesOf(text)).toContain(series);
  });

  it("is checked against that good's figures", async () => {
    // August 2024: gallium 11.217 t
    expect(await verdictsOf(store, "China's Ga exports reached 11.2 t in August.", "2024-09-20")).toEqual([
      ["11.2 t", "supported"],
    ]);
  });

  it("is not read in other capitals or words", () => {
    expect(seriesOf("GA exports of magnets rose to 5,325 t in August.")).not.toContain("gallium");
    expect(seriesOf("Georgia (Ga.) reported magnet imports of 20 t in August.")).not.toContain("gallium");
  });
});
