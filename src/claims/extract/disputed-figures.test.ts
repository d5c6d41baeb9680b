// Which figures the reader marks as credited to someone else and disputed by the text (caution
// `disputed`), and whom it says they are credited to.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

/** Each claim of a text as [words, disputed?, credited to]. */
const marked = (text: string) =>
  extractClaims(text, { published: "2025-12-20" }).map((c) => [
    c.text,
    c.cautions?.includes("disputed") === true,
    c.creditedTo ?? null,
  ]);

describe("a credited figure the text disputes", () => {
  it.each([
    [
      "Some market notes circulated on Monday said magnet exports rose 20% in November; the customs numbers imply a smaller rise.",
      "rose 20%",
      "some market notes",
    ],
    [
      "Magnet exports to Germany were 1,181 t in October, according to a rival house's tally, but customs data show 1,118 t.",
      "1,181 t",
      "a rival house's tally",
    ],
    [
      "The ministry's claim that magnet exports reached 7,000 t in November is simply wrong.",
      "7,000 t",
      "the ministry",
    ],
    [
      "Several accounts put November exports to Japan at 350 t, but that number was the Korean figure.",
      "350 t",
      "several accounts",
    ],
  ])("is marked with whom it is credited to: %s", (text, words, who) => {
    expect(marked(text).find(([w]) => w === words)).toEqual([words, true, who]);
  });

  it("marks neither a merely credited figure nor the text's own", () => {
    expect(
      marked(
        "Magnet exports to Japan were 305 t in November, one broker said. Analysts said exports rose 12.4%, and the customs figures show the same.",
      ).map(([, disputed]) => disputed),
    ).toEqual([false, false]);
  });

  it("leaves the setting right to the text's own figure", () => {
    const got = marked(
      "A newsletter wrote that exports to the US were 656 t in November. That is wrong: they were 582 t.",
    );
    expect(got).toEqual([
      ["656 t", true, "a newsletter"],
      ["582 t", false, null],
    ]);
  });
});
