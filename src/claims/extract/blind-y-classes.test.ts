// Wordings a blind batch (y: wires, transcripts, letters, notes and quizzes about magnets and rare
// earths) showed read wrong: a pair of tonnages in brackets after a span, a quoted statement denied
// by a bare "They did not.", a month after quoted words, a series' start year, a heading that sums up
// a month, and a year with its tonnage in brackets.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period, c.mode]);

describe("a pair of tonnages in brackets after a span of two months", () => {
  it.each([
    [
      "Shipments to India swung from January to April 2025 (512 t to 133 t) as licences dried up.",
      "2025-05-21",
      [
        ["512 t", "2025-01"],
        ["133 t", "2025-04"],
      ],
    ],
    [
      "Magnet exports recovered between May and August (1,238 t → 6,146 t), the customs tables show.",
      "2025-09-22",
      [
        ["1,238 t", "2025-05"],
        ["6,146 t", "2025-08"],
      ],
    ],
  ])("gives each its own month: %s", (text, published, want) => {
    const levels = read(text, published)
      .filter(([, kind]) => kind === "level")
      .map(([words, , period]) => [words, period]);
    expect(levels).toEqual(want);
  });
});

describe("another's statement that the next sentence flatly denies", () => {
  it.each([
    [
      'An editorial last week stated that magnet exports to Japan "doubled" to 610 t in November. They did not. Japan took 305 t.',
      "610 t",
    ],
    ["One trader said US-bound magnets fell to 200 t in October. It wasn't. Customs shows 656 t.", "200 t"],
    ["A newsletter claimed Korea bought 900 t in October. It did not: the tally was 569 t.", "900 t"],
    ["Several posts said India took 600 t in October. They didn't \u2014 it was 416 t.", "600 t"],
  ])("reads the statement as another's that the text disputes: %s", (text, words) => {
    const c = extractClaims(text, { published: "2025-12-22" }).find(
      (x) => text.slice(x.start, x.end) === words,
    );
    // checked only to show what the data gives, never as the text's own (cautions.ts)
    expect([c?.mode, c?.cautions?.[0]]).toEqual(["reported", "disputed"]);
    expect(c?.creditedTo).toBeTruthy();
  });

  it("leaves a statement followed by a sentence that only goes on reported", () => {
    const text =
      "Customs said magnet exports fell to 5,473 t in October. They did not fall further in November.";
    const c = extractClaims(text, { published: "2025-12-22" }).find(
      (x) => text.slice(x.start, x.end) === "5,473 t",
    );
    expect(c?.mode).toBe("reported");
  });
});

describe("a month named right after quoted words", () => {
  it("dates the quoted change by that month, not by an earlier calendar day", () => {
    const text =
      'A column of 12 November said China\'s magnet exports had "slumped by a quarter" in October.';
    const c = extractClaims(text, { published: "2025-11-20" }).find((x) => x.kind === "change");
    expect(c?.period).toBe("2025-10");
  });
});

describe("the year a series starts, told in a relative clause", () => {
  it("is not the year of the sentence's months", () => {
    const text = "Rare-earth exports reached 7,742.2 t in June, the most in a dataset which begins in 2022.";
    expect(read(text, "2025-07-14")[0]?.slice(0, 3)).toEqual(["7,742.2 t", "level", "2025-06"]);
  });
});

describe("a heading that sums up a month", () => {
  it.each(["NOVEMBER IN BRIEF", "November at a glance", "November 2025 in review"])(
    "dates the bullets under its subheadings: %s",
    (heading) => {
      const text = `${heading}\n\nJapan\n• 305 t\n• up 35% m/m`;
      expect(read(text, "2025-12-22").map(([, , period]) => period)).toEqual(["2025-11", "2025-11"]);
    },
  );

  it("still leaves an edition's date undated", () => {
    const text = "Weekly brief, 14 December 2025\n\nJapan\n• 305 t";
    expect(read(text, "2025-12-22").map(([, , period]) => period)).toEqual([null]);
  });
});

describe("a year with its own tonnage in brackets after it", () => {
  it.each([
    ["Annual magnet exports: 2023 (52,576 t), 2024 (58,152 t).", ["2023-01..2023-12", "2024-01..2024-12"]],
    [
      "The drop between 2024 (55,431 t) and 2025 (62,585 t) was no drop at all for rare earths.",
      ["2024-01..2024-12", "2025-01..2025-12"],
    ],
  ])("dates each figure by its year: %s", (text, want) => {
    expect(
      read(text, "2026-01-25")
        .filter(([, kind]) => kind === "level" || kind === "ytd")
        .map(([, , period]) => period),
    ).toEqual(want);
  });

  it("keeps a month's own year with its figure", () => {
    const text = "Exports to the US sank between March and May 2025 (584 t to 46 t).";
    expect(
      read(text, "2025-06-21")
        .filter(([, kind]) => kind === "level")
        .map(([, , period]) => period),
    ).toEqual(["2025-03", "2025-05"]);
  });
});

describe("spoken turns: a month to be told about, a month named as the only bigger one, 'the Americans'", () => {
  it("reads 'walk me through October' as the month asked about, not the year to October", () => {
    const text =
      "HOST: Can you walk us through October?\nGUEST: Sure. China shipped 5,473 tonnes of magnets.";
    expect(read(text, "2025-11-21").map(([words, kind, period]) => [words, kind, period])).toEqual([
      ["5,473 tonnes", "level", "2025-10"],
    ]);
  });

  it("keeps the month after 'The only larger one was January.' on the month the talk is on", () => {
    const text =
      "HOST: So take me through November. What did the tables show?\nGUEST: Right. China shipped six thousand one hundred and fifty tonnes of magnets.\nHOST: Is that a lot?\nGUEST: It's the second-largest month on record. The only larger one was January.\nHOST: And the Koreans?\nGUEST: No figure yet. Japan got three hundred and five tonnes.";
    const last = read(text, "2025-12-22").pop();
    expect(last?.slice(0, 3)).toEqual(["three hundred and five tonnes", "level", "2025-11"]);
  });

  it("reads 'the Americans' as the United States", () => {
    const text = "HOST: What about the Americans in October?\nGUEST: They got 656 tonnes.";
    const c = extractClaims(text, { published: "2025-11-21" }).find((x) => x.kind === "level");
    expect(c?.partner).toBe("USA");
  });
});

describe("a base month after a figure spelt out in words", () => {
  it("is a base, and the next sentence stays on the story's month", () => {
    const text =
      "Magnet exports fell by half in April. Customs counted about two thousand six hundred tonnes, against five thousand three hundred and twenty-four tonnes in March. To Japan: ninety-one tonnes.";
    const last = read(text, "2025-05-21").pop();
    expect(last?.slice(0, 3)).toEqual(["ninety-one tonnes", "level", "2025-04"]);
  });
});

describe("a chat log's turns under bracketed times and lower-case handles", () => {
  it("takes the destination a handle asks about into the answer", () => {
    const text =
      "[09:01] mk_trader: sept magnets 5,774t\n[09:02] lin: germany?\n[09:02] mk_trader: 1,288t\n[09:03] lin: and india?\n[09:03] mk_trader: no number yet, korea 854t";
    const levels = extractClaims(text, { published: "2025-10-21" })
      .filter((c) => c.kind === "level")
      .map((c) => [text.slice(c.start, c.end), c.partner]);
    expect(levels).toEqual([
      ["5,774t", "WLD"],
      ["1,288t", "DEU"],
      ["854t", "KOR"],
    ]);
  });
});

describe("a share's change in bare 'points' and a share 'of volume'", () => {
  it("reads 'points' after a share as percentage points", () => {
    const text =
      "Japan took 280 t of magnets in December, 4.7% of the total, 0.3 points less than in November.";
    const c = extractClaims(text, { published: "2026-01-21" }).find((x) => x.kind === "change");
    expect(c?.stated).toMatchObject({ type: "change", pct: -0.3, unit: "pp" });
  });

  it.each([
    ["In December, Vietnam (509 t of magnets) was 8.6% of volume, behind Korea.", 8.6],
    ["Germany's magnets in December: 1,106 t, or 18.6% of volume.", 18.6],
  ])("reads a share of volume: %s", (text, pct) => {
    const c = extractClaims(text, { published: "2026-01-21" }).find((x) => x.kind === "share");
    expect(c?.stated).toMatchObject({ type: "share", pct });
  });
});

describe("a destination's place told in a clause of its own", () => {
  it.each([
    "Vietnam received 509 tonnes of magnets in December, about 8.6 per cent of the total, and was the fourth-largest destination.",
    "Vietnam received 509 tonnes of magnets in December. It was the fourth-largest buyer.",
  ])("reads the place as the destination's: %s", (text) => {
    const c = extractClaims(text, { published: "2026-01-21" }).find((x) => x.kind === "rank");
    expect([c?.partner, c?.stated]).toEqual(["VNM", expect.objectContaining({ n: 4 })]);
  });
});

describe("a half's possessive and last year's total", () => {
  it("dates a level after a half's possessive by that half", () => {
    const text = "Magnet exports in the first half came to 22,319 t, down 19% on H1 2024's 27,534 t.";
    const c = extractClaims(text, { published: "2025-07-21" }).find(
      (x) => text.slice(x.start, x.end) === "27,534 t",
    );
    expect(c?.period).toBe("2024-01..2024-06");
  });

  it("reads 'last year's total' as the whole of last year", () => {
    const text = "Magnet exports so far this year are 51,440 t. Last year's total was 58,152 t.";
    const c = extractClaims(text, { published: "2025-12-21" }).find(
      (x) => text.slice(x.start, x.end) === "58,152 t",
    );
    expect(c?.period).toBe("2024-01..2024-12");
  });
});

describe("a level given for the month before or the year before, and the move drawn from it", () => {
  it("reads the move after 'so' as the story month's against that level", () => {
    const text =
      "Take November. Magnet exports were 6,150 tonnes. A month earlier they had been 5,473 tonnes, so the rise was 677 tonnes, or 12.4%.";
    const changes = extractClaims(text, { published: "2025-12-21" })
      .filter((c) => c.kind === "change")
      .map((c) => [text.slice(c.start, c.end), c.period]);
    expect(changes.map(([, period]) => period)).toEqual(["2025-11", "2025-11"]);
  });

  it("still dates the level by the opening words", () => {
    const text =
      "Take November. Magnet exports were 6,150 tonnes. A month earlier they had been 5,473 tonnes.";
    const c = extractClaims(text, { published: "2025-12-21" }).find(
      (x) => text.slice(x.start, x.end) === "5,473 tonnes",
    );
    expect(c?.period).toBe("2025-10");
  });
});

describe("a span of two months asked about, answered with the figures it ran from and to", () => {
  it("gives each end its month and the change the later month", () => {
    const text =
      "Q: How far did magnet exports to Germany climb between May and August?\nA: From 209 tonnes to 1,346 tonnes, a gain of 1,137 tonnes.";
    expect(read(text, "2025-09-22").map(([words, kind, period]) => [words, kind, period])).toEqual([
      ["209 tonnes", "level", "2025-05"],
      ["1,346 tonnes", "level", "2025-08"],
      ["gain of 1,137 tonnes", "change", "2025-08"],
    ]);
  });
});

describe("a sentence that is only a rank's words", () => {
  it("ranks what the sentence before spoke of", () => {
    const text =
      "Korea took 815 t of magnets in December, up from 569 t in October. Highest since September.";
    const c = extractClaims(text, { published: "2026-01-21" }).find((x) => x.kind === "rank");
    expect([c?.partner, c?.period]).toEqual(["KOR", "2025-12"]);
  });
});
