// A figure in a clause that names its own destination before it is that destination's: the reader
// gives it the destinations the sentence's other clauses name the same way, which are then no
// reading of it. Lists and sums pair names and figures otherwise, and give none; "respectively" pairs
// them for certain, so each figure gets the list's other names.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const apart = (t: string) =>
  extractClaims(t, { published: "2025-04-20" }).map(
    (c) => `${c.text} ${c.partner} ${(c.otherClausePartners ?? []).join(",") || "-"}`,
  );

describe("the destinations of the sentence's other clauses", () => {
  it.each([
    [
      "Magnet shipments to Germany came to 1,240 t in March, whereas India took 610 t.",
      ["1,240 t DEU IND", "610 t IND DEU"],
    ],
    [
      "In March Germany's share of magnet exports was 14.2%, while India's share was 6.8%.",
      ["share of magnet exports was 14.2% DEU IND", "share was 6.8% IND DEU"],
    ],
    [
      "In March Germany and India took 1,240 t and 610 t of magnets respectively.",
      ["1,240 t DEU IND", "610 t IND DEU"],
    ],
  ])("%s", (text, expected) => {
    expect(apart(text)).toEqual(expected);
  });

  it.each([
    // names listed in order with figures listed in order, without "respectively"
    "In March Germany and India took 1,240 t and 610 t of magnets.",
    // a clause that names two destinations is no plain clause of one
    "Magnet exports to Germany and India came to 1,240 t in March, while Korea took 610 t.",
    // a sum of two destinations
    "Germany and India together took 1,850 t of magnets in March; Korea took 610 t.",
  ])("gives none where names and figures pair otherwise: %s", (text) => {
    expect(apart(text).every((c) => c.endsWith(" -"))).toBe(true);
  });
});
