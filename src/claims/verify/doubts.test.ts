// Doubts that keep a reading from being certain enough to contradict, read from the words around a claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract/extract-claims.js";
import { doubtAbout } from "./doubts.js";
import { sentenceAround } from "../extract/sentence-around.js";

/** Each claim of a kind, with whether a contradiction of it would be doubted. */
const doubted = (text: string, kind: string, published = "2025-12-20") =>
  extractClaims(text, { published })
    .filter((c) => c.kind === kind)
    .map((c) => [c.text, doubtAbout(c) !== null]);
const rankDoubts = (text: string) => doubted(text, "rank", "2024-12-20");

describe("a rank among the same month of each year", () => {
  // a month named in the rank's words is read as among that month of each year (find-calendar-ranks.ts)
  it("is checked as such when the rank names the month, without that doubt", () => {
    expect(
      rankDoubts(
        "China's rare earth exports in November were 4,416 tonnes, the highest November figure on record.",
      ),
    ).toEqual([["highest November figure on record", false]]);
  });

  it.each([
    [
      "Rare earth exports of 4,416 t in November were the highest on record for the month.",
      "the highest on record for the month",
    ],
    [
      "Rare earth exports of 4,416 t in Nov. were the highest on record for that month.",
      "the highest on record for that month",
    ],
  ])("is checked as such when a record is said 'for the month', without that doubt: %s", (text, words) => {
    expect(rankDoubts(text)).toEqual([[words, false]]);
  });

  it.each([
    "Rare earth exports of 4,416 t in November were the highest ever for the time of year.",
    "Rare earth exports of 4,416 t in November were the highest ever for a November.",
  ])("may be seasonal, not over every month: %s", (text) => {
    expect(rankDoubts(text).map((r) => r[1])).toEqual([true]);
  });

  it("leaves a rank over every month without that doubt", () => {
    expect(rankDoubts("Rare earth exports of 6,217 t in May 2024 were the highest on record.")).toEqual([
      ["highest on record", false],
    ]);
  });
});

describe("a percentage of another month's figure", () => {
  const shareDoubts = (text: string) => doubted(text, "share", "2025-06-20");

  it.each(["Magnet exports to the US in May were 46 t, about 19% of the April amount."])(
    "is a ratio to that month, not a share of the total: %s",
    (text) => {
      const doubts = shareDoubts(text);
      expect(doubts.length).toBeGreaterThan(0);
      expect(doubts.every(([, d]) => d)).toBe(true);
    },
  );

  it.each([
    "Magnet exports to the US in May were 46 t, only 19% of the previous month's.",
    "Magnet exports to the US in May were 46 t, about 19% of April's 246 t.",
    "Magnet exports to the US in May were 46 t, about 19% of the April figure.",
  ])(
    "is not read as a share at all when the month is named by its possessive or as its own figure: %s",
    (text) => {
      // it is read as the change on that month (see the multiples tests), never checked as a share
      expect(shareDoubts(text)).toEqual([]);
    },
  );

  it("leaves a share of the total without that doubt", () => {
    expect(shareDoubts("Magnet exports to the US in May were 46 t, about 4% of the total.")).toEqual([
      ["about 4% of the total", false],
    ]);
  });
});

describe("a number that ends a range", () => {
  const levelDoubts = (text: string) => doubted(text, "level");

  // a range is read whole (level-ranges.ts) and checked as one figure, so no end of it is a level
  it.each([
    ["Magnet exports in November were in the 6,000-6,500 t range.", "6,000-6,500 t"],
    ["Magnet exports in November were between 6,000 and 6,500 tonnes.", "between 6,000 and 6,500 tonnes"],
    [
      "Magnet exports in November came to 6,000 – 6,500 tonnes, traders estimated from the customs data.",
      "6,000 – 6,500 tonnes",
    ],
  ])("is read with the other end as one range: %s", (text, range) => {
    expect(levelDoubts(text)).toEqual([[range, false]]);
  });

  it("doubts a range told as rough", () => {
    expect(levelDoubts("Magnet exports in November ran at perhaps 5,000 to 5,300 tonnes.")).toEqual([
      ["5,000 to 5,300 tonnes", true],
    ]);
  });

  it("leaves the end of a change from one level to another without that doubt", () => {
    expect(levelDoubts("Magnet exports rose from 5,473 to 6,500 tonnes in November.").at(-1)).toEqual([
      "6,500 tonnes",
      false,
    ]);
  });
});

describe("a sentence that does not name its product", () => {
  const levelDoubts = (text: string) => doubted(text, "level", "2025-10-20");

  it("is not doubted for its product when the text names no other", () => {
    const t =
      "Outbound NdFeB magnet volumes for September have been published. Poland received 91 tonnes that month.";
    expect(levelDoubts(t)).toEqual([["91 tonnes", false]]);
  });

  it("is doubted when the text names another product too", () => {
    const t =
      "Outbound NdFeB magnet volumes for September have been published. Poland received 91 tonnes that month. Gallium was flat.";
    expect(levelDoubts(t)).toEqual([["91 tonnes", true]]);
  });
});

describe("a month placed in another year by the words around it", () => {
  it.each([
    "Magnet exports rose in November. Shipments in the May before were 4,100 tonnes.",
    "Magnet exports rose in November. A year earlier, in May, shipments were 4,100 tonnes.",
    "Magnet exports rose in November. Shipments in May of the preceding year were 4,100 tonnes.",
    "Magnet exports rose in November. The prior-year May saw 4,100 tonnes shipped.",
  ])("is doubted: %s", (t) => {
    expect(doubted(t, "level")).toEqual([["4,100 tonnes", true]]);
  });

  it("leaves a month with a change on the year alone", () => {
    const t = "Magnet exports were 5,473 tonnes in October, up 15.8% from a year earlier.";
    expect(doubted(t, "level")).toEqual([["5,473 tonnes", false]]);
  });
});

describe("two months joined as one period", () => {
  it("doubts a figure read as one of them: 'in May and June were 1,000 t'", () => {
    const t = "Magnet exports rose in July. Shipments to Poland in May and June were 1,000 tonnes.";
    expect(doubted(t, "level", "2025-08-20")).toEqual([["1,000 tonnes", true]]);
  });
});

describe("a tonnage worded as a sum over several periods", () => {
  it.each([
    "The trailing 12-month total of rare earth shipments climbed to 61,000 t in October.",
    "Accumulated magnet sales abroad since May stood at 26,900 tonnes in September.",
    "Over the half to October, China exported 24,000 t of rare earths.",
    "Germany and Italy combined took 1,650 tonnes of magnets in September.",
    "Magnet exports in October reached 16,500 t in total since August.",
    "Rare earth exports reached 13,800 tons in September in total since July.",
    "On a trailing three-month basis, China's rare-earth magnet exports to Korea came to 2,400 t in October.",
    "Cumulative magnet exports to the U.S. since August came to 1,700 mt in October.",
  ])("is not judged as one month's level: %s", (text) => {
    const found = doubted(text, "level", "2025-11-20");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every(([, d]) => d)).toBe(true);
  });

  it("leaves a month's own level and a span's total without that doubt", () => {
    expect(doubted("Rare earth exports were 4,344 t in October.", "level", "2025-11-20")).toEqual([
      ["4,344 t", false],
    ]);
    expect(
      doubted("In October the country shipped 5,744 tonnes of magnets in all.", "level", "2025-11-20"),
    ).toEqual([["5,744 tonnes", false]]);
    expect(
      doubted("Magnet exports were 5,744 t in October, the most since August.", "level", "2025-11-20"),
    ).toEqual([["5,744 t", false]]);
    const span = "In the three months through October, magnet exports totalled 17,400 t.";
    const claims = extractClaims(span, { published: "2025-11-20" });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.period?.includes("..") && doubtAbout(c) === null)).toBe(true);
  });
});

describe("a figure set against an average", () => {
  it.each([
    "October's magnet exports were barely three-quarters of last year's monthly average.",
    "October's magnet exports ran 12% below last year's average.",
  ])("is not judged by one month's figure: %s", (text) => {
    const claims = extractClaims(text, { published: "2025-11-20" }).filter(
      (c) => c.kind === "change" || c.kind === "share" || c.kind === "direction",
    );
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => doubtAbout(c) !== null)).toBe(true);
  });

  it("leaves a change on a named month without that doubt, even when an average is mentioned later", () => {
    const text = "Magnet exports rose 6% on September, a pace well above the monthly average.";
    const [c] = extractClaims(text, { published: "2025-11-20" }).filter((x) => x.kind === "change");
    expect(c).toBeDefined();
    expect(doubtAbout(c!)).toBeNull();
  });
});

describe("words the sentence reader must not take for a sentence end or a missing period", () => {
  it("keeps 'the U.S.' before a lowercase word inside its sentence, which then names the destination", () => {
    const text = "Shipments of magnets to the U.S. slid to 3,000 tonnes in March 2025.";
    expect(doubted(text, "level", "2025-04-20")).toEqual([["3,000 tonnes", false]]);
  });

  it("still ends a sentence at an initialism before a capital", () => {
    const text = "Most buyers sit in the U.S. Exports came to 3,000 tonnes in March 2025.";
    const level = extractClaims(text, { published: "2025-04-20" }).find((c) => c.kind === "level");
    expect(level === undefined ? null : sentenceAround(text, level.start, level.end)).toBe(
      " Exports came to 3,000 tonnes in March 2025.",
    );
  });

  it("reads a fiscal year ('FY2024') as the period the sentence names", () => {
    const text = "FY2024 rare earth exports: 99,000t, a record.";
    expect(doubted(text, "rank", "2025-02-20")).toEqual([["a record", false]]);
  });
});

describe("a figure in a sentence about a revision", () => {
  it("may be of the release before or after it", () => {
    expect(
      doubted("Customs trimmed its September magnet tally, revising it to 5,760 t from 5,774 t.", "level"),
    ).toContainEqual(["5,760 t", true]);
  });

  it("leaves a figure in a sentence without one undoubted", () => {
    expect(doubted("China's magnet exports were 5,774 t in September.", "level")).toEqual([
      ["5,774 t", false],
    ]);
  });
});

describe("a number that ends a range told with 'to'", () => {
  const levels = (text: string, published = "2026-01-20") =>
    extractClaims(text, { published })
      .filter((c) => c.kind === "level")
      .map((c) => [c.text, doubtAbout(c) !== null]);

  it.each([
    ["Brokers count December magnet shipments at perhaps 5,800 to 6,000 t.", "5,800 to 6,000 t"],
    [
      "Exports to Germany ran at some 1,050 to 1,106 tonnes in December, dealers said.",
      "some 1,050 to 1,106 tonnes",
    ],
    ["In December, terbium exports came to roughly 1.5 to 2.1 t.", "roughly 1.5 to 2.1 t"],
    [
      "Anywhere from 540 to 564 tonnes of magnets may have gone to the US in December.",
      "Anywhere from 540 to 564 tonnes",
    ],
  ])("is read with the other end as one range, not as a level of its own: %s", (text, range) => {
    expect(levels(text).map(([t]) => t)).toEqual([range]);
  });

  it.each([
    ["Magnet exports went from 6,150 to 5,952 tonnes in December.", "5,952 tonnes"],
    ["Magnet exports fell 198 t to 5,952 t in December.", "5,952 t"],
    ["December brought a drop of 198 tonnes to 5,952 tonnes in magnet exports.", "5,952 tonnes"],
    ["Magnet exports sank from October's 5,473 tonnes to 5,952 tonnes in December.", "5,952 tonnes"],
    ["Rare earth exports went from 5,494 t in November 2025 to 4,392 t in December.", "4,392 t"],
  ])("leaves the end of a change a level: %s", (text, level) => {
    expect(levels(text)).toContainEqual([level, false]);
  });
});

describe("year-on-year written as 'y/y'", () => {
  it("is English, not the Spanish 'y': a change beside it can be contradicted", () => {
    const text = "ALERT: CN magnet exp Jul 5,577t, +5.7% m/m, +74.9% y/y.";
    expect(doubted(text, "change", "2025-08-21")).toEqual([
      ["+5.7%", false],
      ["+74.9%", false],
    ]);
  });
});

describe("a level followed by 'a month before'", () => {
  it("is dated by it, not made a rate ('280 t in December, against 350 tonnes a month before')", () => {
    const text =
      "Shipments of magnets to Japan were 280 tonnes in December, against a peak of 350 tonnes a month before.";
    expect(doubted(text, "level", "2026-01-20")).toEqual([
      ["280 tonnes", false],
      ["350 tonnes", false],
    ]);
  });

  it("while 'a month' alone still makes it a rate ('about 350 tonnes a month')", () => {
    const text = "Shipments of magnets to Japan averaged about 350 tonnes a month in 2025.";
    expect(doubted(text, "level", "2026-01-20").map((c) => c[1])).toEqual([true]);
  });
});

describe("a destination named as the importer", () => {
  it("doubts a contradiction where the buyer's own imports may be meant", () => {
    expect(
      doubted("Korea's imports of rare earth magnets slipped to 610 tonnes in October.", "level"),
    ).toEqual([["610 tonnes", true]]);
    expect(doubted("In October India imported 390 tonnes of magnets.", "level")).toEqual([
      ["390 tonnes", true],
    ]);
  });

  it("does not doubt it where China's customs are cited, the goods are China's, or China's exports are told", () => {
    expect(
      doubted(
        "Korea's imports of Chinese magnets slipped to 610 tonnes in October, China's customs data showed.",
        "level",
      ),
    ).toEqual([["610 tonnes", false]]);
    expect(doubted("Korea's imports of Chinese magnets slipped to 610 tonnes in October.", "level")).toEqual([
      ["610 tonnes", false],
    ]);
    expect(doubted("China's magnet exports to Korea slipped to 610 tonnes in October.", "level")).toEqual([
      ["610 tonnes", false],
    ]);
  });
});
