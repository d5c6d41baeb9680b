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
