// A figure the text credits to someone else and then disputes is that someone's statement, not the
// text's: it is never checked as the text's own (unverifiable, saying whose it is and what the data
// gives), whether the data bears it out or not. A figure merely credited ("one trader said") is
// checked as before, and so are the text's own figures that set the credited one right, and the
// right figure of a correction the text makes of its own earlier figure.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

/** Each claim of `text` as [words, verdict, explanation]. */
async function checked(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-20" });
  return r.claims.map((c) => [c.text, c.verdict, c.explanation] as const);
}

// November 2025 magnets: 305 t to Japan, 582 t to the US (656 t in October)
describe("a figure credited to someone and disputed by the text", () => {
  it("is unverifiable, naming whose it is and what the data gives, when the same sentence disputes it", async () => {
    const [credited, own] = await checked(
      "Some brokers said magnet exports to Japan reached 350 t in November; the customs figures show 305 t.",
    );
    expect(credited?.[0]).toBe("350 t");
    expect(credited?.[1]).toBe("unverifiable");
    expect(credited?.[2]).toMatch(/text itself disputes the figure, which it credits to some brokers/);
    expect(credited?.[2]).toMatch(/data gives 305 t for November 2025/);
    expect(own?.slice(0, 2)).toEqual(["305 t", "supported"]);
  });

  it("is unverifiable when the next sentence calls it wrong, and the text's own figure after is checked", async () => {
    const got = await checked(
      "A trade newsletter wrote that US-bound magnet shipments were 656 t in November. That is wrong: they were 582 t.",
    );
    expect(got.map(([words, verdict]) => [words, verdict])).toEqual([
      ["656 t", "unverifiable"],
      ["582 t", "supported"],
    ]);
    expect(got[0]?.[2]).toMatch(/credits to a trade newsletter; .*data gives 582 t/);
  });

  it("is not supported either when the data happens to bear it out", async () => {
    const [level] = (
      await checked(
        "US magnet shipments in November dropped to 582 t, one dealer told clients, though the customs numbers tell a different story.",
      )
    ).filter(([words]) => words === "582 t");
    expect(level?.[1]).toBe("unverifiable");
    expect(level?.[2]).toMatch(
      /credits to one dealer; on the reading checked: stated 582 t, data gives 582 t/,
    );
  });
});

describe("a figure merely credited to someone", () => {
  it.each([
    "US-bound magnet shipments were 656 t in November, one trader said.",
    "According to an industry group, magnet exports to the US were 656 t in November.",
  ])("is checked as before: %s", async (text) => {
    const got = await checked(text);
    expect(got.map(([words, verdict]) => [words, verdict])).toEqual([["656 t", "contradicted"]]);
  });
});

describe("the text's own correction of its own figure", () => {
  it("leaves the figure it withdraws unchecked and checks the one it gives", async () => {
    const got = await checked(
      "Correction: an earlier version of this story said magnet exports to Japan were 350 t in November. The correct figure is 305 t.",
    );
    expect(got.map(([words, verdict]) => [words, verdict])).toEqual([
      ["350 t", "unverifiable"],
      ["305 t", "supported"],
    ]);
    expect(got[0]?.[2]).toMatch(/a figure the text corrects/);
  });
});
