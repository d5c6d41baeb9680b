// "Markets other than the US, Japan and the EU": every destination the list names is left out, not
// only the first. The figure is the total less them, which the data does not hold; read as the
// second name's own figure, a true statement could be contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// October 2025: 5,473 t of magnets in all; 656 t to the US, 226 t to Japan, 1,118 t to Germany,
// 569 t to South Korea
describe("a list of destinations set apart", () => {
  it.each([
    [
      "Magnets to places other than the US, Japan and Germany came to 3,473 tonnes in October 2025.",
      "3,473 tonnes",
    ],
    [
      "Exports to countries besides Germany, the US, or Japan totalled 3,473 tonnes in October 2025.",
      "3,473 tonnes",
    ],
  ])("is the total less all of them: %s", async (text, quote) => {
    const got = await readingAt(store, text, quote, "2025-12-21");
    expect(got.verdict).not.toBe("contradicted");
    expect(got.partner).toBe("ROW");
  });

  it("leaves a destination named after a comma alone its own", async () => {
    const text = "Outside Japan, South Korea took 569 tonnes of magnets in October 2025.";
    const got = await readingAt(store, text, "569 tonnes", "2025-12-21");
    expect(got).toMatchObject({ verdict: "supported", partner: "KOR" });
  });
});
