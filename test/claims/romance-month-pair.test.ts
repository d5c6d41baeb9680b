// Two months running named together in French, Spanish or Portuguese ("en janvier et février", "en
// enero y febrero", "em janeiro e fevereiro") are one span, as China releases them; the figure was
// read as January's alone. Two months apart ("en enero y marzo") stay apart.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("two months named together in a Romance language", () => {
  it.each([
    // rare earths, January-February 2024: 8,774 t
    ["La Chine a expédié 8 774 tonnes de terres rares en janvier et février.", "8 774 tonnes"],
    ["China exportó 8.774 toneladas de tierras raras en enero y febrero.", "8.774 toneladas"],
    ["A China exportou 8.774 toneladas de terras raras em janeiro e fevereiro.", "8.774 toneladas"],
  ])("reads a January-February span: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2024-03-07")).toEqual({
      verdict: "supported",
      series: "rare-earths",
      partner: "WLD",
      period: "2024-01..2024-02",
    });
  });

  it("does not join two months apart", async () => {
    const r = await readingAt(
      store,
      "China exportó 4.710 toneladas de tierras raras en enero y marzo de 2024.",
      "4.710 toneladas",
      "2024-04-07",
    );
    expect(r.period).not.toBe("2024-01..2024-03");
  });
});
