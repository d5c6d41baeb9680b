// A destination called by a word for a place spoken of before ("exports to the region", "sales to
// the continent"): the figure is that place's, never the world total's, so it may be supported by
// the place named earlier but is never contradicted against the total.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a destination called the region or the continent", () => {
  it("does not check a tonnage shipped to the region against the world total", async () => {
    const text =
      "Europe accounted for most of the gain. Chinese rare earth magnet shipments to the region rose to 2,821 t in August.";
    const r = await readingAt(store, text, "2,821 t", "2025-09-25");
    expect(r.verdict).not.toBe("contradicted");
    expect(r.partner).not.toBe("WLD");
  });

  it("does the same for the continent", async () => {
    const text =
      "Buyers in Europe stepped up purchases. In August China's magnet exports to the continent came to 2,821 tonnes.";
    const r = await readingAt(store, text, "2,821 tonnes", "2025-09-25");
    expect(r.verdict).not.toBe("contradicted");
    expect(r.partner).not.toBe("WLD");
  });

  it("still contradicts the world total when no place is pointed at", async () => {
    const text = "Chinese rare earth magnet shipments rose to 2,821 t in August.";
    expect((await readingAt(store, text, "2,821 t", "2025-09-25")).verdict).toBe("contradicted");
  });
});
