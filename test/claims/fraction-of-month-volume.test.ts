// A fraction a destination took of a month's volume is its share of that month: "Germany took about
// a fifth of October's volume" was dated to the month before publication (no German figure there,
// so unverifiable), and "Germany took 1,106 t in December, close to a fifth of December's volume"
// was read as a change on December a year before, with the share only as the reading that bore it out.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a fraction of a named month's volume", () => {
  it("dates the share a destination took to the month named", async () => {
    const text = "Germany took about a fifth of October's volume.";
    expect(await cellAt(store, text, "about a fifth of October's volume", "2025-12-20")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-10",
      20,
      "supported",
    ]);
    const wrong = "Germany took about half of October's magnet volume.";
    expect(
      (await cellAt(store, wrong, "about half of October's magnet volume", "2025-12-20"))?.slice(3),
    ).toEqual(["2025-10", 50, "contradicted"]);
  });

  it("reads the fraction of the figure's own month as its share, not a change", async () => {
    const text = "Germany took 1,106 t in December, close to a fifth of December's volume.";
    expect(await cellAt(store, text, "close to a fifth of", "2026-01-25")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-12",
      20,
      "supported",
    ]);
  });
});
