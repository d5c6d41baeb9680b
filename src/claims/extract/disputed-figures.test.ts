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
    [
      "Analyst: A rival said magnet exports to the US fell 40% in September. Is that consistent with your numbers?\n\nCFO: That's not what the customs release says.",
      "fell 40%",
      "a rival",
    ],
    [
      "Q: A broker told clients that US magnet shipments fell 40% in September. Is that right?\nA: It's not correct.",
      "fell 40%",
      "a broker",
    ],
    [
      "Exercise: A student writes that 2025 magnet exports were 760 t higher than in 2024. Find the error.",
      "760 t higher",
      "a student",
    ],
  ])("is marked with whom it is credited to: %s", (text, words, who) => {
    expect(marked(text).find(([w]) => w === words)).toEqual([words, true, who]);
  });

  it.each([
    [
      "Japan took 305 t in November, which one dealer described as up 60% on October; in fact it was a little lower than that.",
      "up 60%",
      "one dealer",
    ],
    [
      'Readers may have seen posts calling August\'s magnet exports "a record". They were not: January was higher.',
      "a record",
      "posts",
    ],
    [
      "The report writes that magnet exports fell 9% in 2025; the customs totals it quotes, 58,152 t and 57,392 t, imply a fall of about 1%.",
      "fell 9%",
      "the report",
    ],
    [
      "A trainee first put October's rare-earth exports at 5,473 t. That figure belongs to magnets, not rare earths.",
      "5,473 t",
      "a trainee",
    ],
    [
      'A blog this morning headlined "magnet exports to the US hit 656 t", which is the October figure, not November\'s.',
      "656 t",
      "a blog",
    ],
  ])("is marked when the credit names it and the text sets it right: %s", (text, words, who) => {
    expect(marked(text).find(([w]) => w === words)).toEqual([words, true, who]);
  });

  it("keeps the text's own figure that someone then describes", () => {
    const got = marked(
      "Customs recorded 305 t of magnets to Japan in November, which one dealer described as up 60% on October; in fact it was a little lower than that.",
    );
    expect(got.find(([w]) => w === "305 t")).toEqual(["305 t", false, null]);
  });

  it("credits what someone called a tonnage, not the tonnage itself", () => {
    const got = marked(
      'An earlier note called the world total of 5,952 t in December "the best month of the year". It was not: three months were higher.',
    );
    expect(got.find(([w]) => w === "5,952 t")).toEqual(["5,952 t", false, null]);
    expect(got.find(([, disputed]) => disputed === true)?.[2]).toBe("an earlier note");
  });

  it("leaves a figure someone called something when the text agrees", () => {
    const got = marked("Some posts called November's 6,150 t a high, and the customs figures agree.");
    expect(got.every(([, disputed]) => disputed === false)).toBe(true);
  });

  it("leaves a credited figure the answer to a question about it bears out", () => {
    const text =
      "Analyst: A rival said magnet exports to the US fell 29% in September. Is that consistent with your numbers?\n\nCFO: Yes, that matches the customs release.";
    expect(marked(text).find(([w]) => w === "fell 29%")).toEqual(["fell 29%", false, null]);
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
