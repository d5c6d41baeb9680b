// A comparison may look forward: "above October's", "less than in November" said of an earlier month
// of the same year means that year's later month, not the one a year before. A change "from" a month
// still goes back.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const bases = (t: string) =>
  extractClaims(t, { published: "2025-12-28" })
    .filter((c) => c.kind === "direction" || c.kind === "change")
    .map(
      (c) =>
        `${c.period} ${c.stated.type === "direction" || c.stated.type === "change" ? c.stated.basis : ""}`,
    );

describe("a comparison with a later month of the same year", () => {
  it.each([
    ["India's 172 t of magnets in June was well below October's 416 t.", ["2025-06 2025-10"]],
    ["Vietnam's magnet purchases in August were smaller than in October.", ["2025-08 2025-10"]],
  ])("%s", (text, want) => {
    expect(bases(text)).toEqual(want);
  });

  it("keeps a month the text's date has not reached a year back", () => {
    expect(bases("Germany's July magnet intake was above December's.")).toEqual(["2025-07 2024-12"]);
  });

  it("keeps a change from a month going back", () => {
    expect(bases("Magnet exports in March rose 8% from September.")).toEqual(["2025-03 2024-09"]);
  });
});

describe("a level set against a later month of the same year", () => {
  const levels = (t: string) =>
    extractClaims(t, { published: "2025-12-28" })
      .filter((c) => c.kind === "level")
      .map((c) => `${c.period} ${c.stated.type === "level" ? c.stated.value : ""}`);

  it.each([
    ["Vietnam bought fewer magnets in May than the 444 tonnes of October.", ["2025-10 444"]],
    ["Japan's June intake stayed well below the 305 t of November.", ["2025-11 305"]],
  ])("%s", (text, want) => {
    expect(levels(text)).toEqual(want);
  });

  it("keeps a level a change started from going back", () => {
    expect(levels("Japan's magnet purchases in March climbed from 305 t in November.")).toEqual([
      "2024-11 305",
    ]);
  });
});

describe("a level set beside the claim's with a later month of the same year", () => {
  const levels = (t: string, published = "2025-12-28") =>
    extractClaims(t, { published })
      .filter((c) => c.kind === "level")
      .map((c) => `${c.period} ${c.stated.type === "level" ? c.stated.value : ""}`);

  it.each([
    [
      "Rare earth shipments came in at 4,343.5 t in October against 5,493.9 t in November.",
      ["2025-10 4343.5", "2025-11 5493.9"],
    ],
    ["Gallium shipments came to 4.26 t in June versus 9.007 t in July.", ["2025-06 4.26", "2025-07 9.007"]],
    [
      "Germany's magnet purchases were 764 t in June, compared with 1,346 t in August.",
      ["2025-06 764", "2025-08 1346"],
    ],
  ])("%s", (text, want) => {
    expect(levels(text)).toEqual(want);
  });

  it("keeps a month nearer a year back than ahead going back", () => {
    expect(
      levels("Antimony exports were 2,210 t in February, against 1,721 t in December.", "2025-12-28"),
    ).toEqual(["2025-02 2210", "2024-12 1721"]);
  });
});
