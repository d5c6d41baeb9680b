// Wordings a blind batch (ai: regional papers, aggregator rewrites, newsletters, investor notes)
// showed read wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period, c.partner]);

describe("a rise or fall that goes on to a level dated by its own period", () => {
  it.each([
    [
      "In 2025, magnet shipments abroad grew 3% to 57,000 tonnes, after falling 2% to 55,300 tonnes in 2024.",
      "2026-02-02",
      [
        ["grew 3%", "change", "2025-01..2025-12"],
        ["falling 2%", "change", "2024-01..2024-12"],
        ["55,300 tonnes", "level", "2024-01..2024-12"],
      ],
    ],
    [
      "In October, rare-earth sales abroad were flat, having climbed 9% to 4,300 t in September.",
      "2025-11-15",
      [["climbed 9%", "change", "2025-09"]],
    ],
  ])("takes that period, not the one the clause opened with: %s", (text, published, want) => {
    const got = read(text, published);
    for (const [words, kind, period] of want)
      expect(got.find(([w, k]) => w === words && k === kind)?.[2], words).toBe(period);
  });

  it("keeps the clause's period for a move to a level with no period of its own", () => {
    const got = read("In March, terbium exports jumped 40% to 7.5 t.", "2025-04-22");
    expect(got.find(([w]) => w === "jumped 40%")?.[2]).toBe("2025-03");
  });
});

describe("a month that dates an earlier event told after the figure", () => {
  it.each([
    ["Gallium shipments resumed at 3.9 t in July after nothing left the country in June.", "2025-08-20"],
    ["Antimony exports picked up to 150 t in July, after a slump in May.", "2025-08-20"],
  ])("is not the figure's month, nor carried on as the text's: %s", (text, published) => {
    const got = read(`${text} Germanium: only 80 kg.`, published);
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(new Set(got.map(([, , period]) => period))).toEqual(new Set(["2025-07"]));
  });

  it.each([
    [
      "Miners' shares rose on Monday after data showed magnet exports at 6,150 t in November. Rare-earth exports rose to 5,490 t.",
      "2025-12-22",
      "5,490 t",
      "2025-11",
    ],
    [
      "Antimony exports slumped after licences became mandatory in September: in November they were 808 t.",
      "2024-12-20",
      "808 t",
      "2024-11",
    ],
  ])(
    "is the month of a figure told inside the event, or past the event's clause: %s",
    (text, published, words, period) => {
      expect(read(text, published).find(([w]) => w === words)?.[2]).toBe(period);
    },
  );

  it("takes the event's month where the figure has no other", () => {
    const got = read("Shipments came to 4.26 t after customs cleared the backlog in June.", "2025-07-20");
    expect(got.map(([, , period]) => period)).not.toContain("2025-06");
  });
});

describe("the country goods leave", () => {
  it("is China, not the destination named before", () => {
    const got = read(
      "Japan got 300 kg of germanium in April. Gallium shipments were 4.1 t after none left the country in March.",
      "2025-05-20",
    );
    expect(got.find(([w]) => w === "4.1 t")?.[3]).toBe("WLD");
  });
});

describe("zero before the product's exports", () => {
  it.each([
    ["Customs recorded zero germanium exports in September.", "2023-10-20", "2023-09"],
    ["The data showed zero magnet shipments to the US in May.", "2025-06-20", "2025-05"],
  ])("is a level of nothing shipped: %s", (text, published, period) => {
    expect(read(text, published).map(([w, k, p]) => [w, k, p])).toEqual([["zero", "level", period]]);
  });

  it.each([
    "Officials aim for zero growth in exports of gallium in 2026.",
    "The plan targets net zero exports of scrap by 2030.",
    "Buyers face zero tariffs on magnet shipments from May.",
  ])("is no figure where it qualifies something else: %s", (text) => {
    expect(read(text, "2025-06-20").filter(([w]) => w === "zero")).toEqual([]);
  });
});

describe("a table cell that names its own base", () => {
  const table = [
    "Magnet exports (t)",
    "",
    "| Period | Exports | m/m |",
    "|---|---|---|",
    "| August | 6,146 | +10.2% |",
    "| September | 5,774 | -6.1% |",
    "| Jan-Sep | 39,817 | -7.5% y/y |",
  ].join("\n");

  it("is read with that base, its column's others with the column's", () => {
    const got = extractClaims(table, { published: "2025-10-25" })
      .filter((c) => c.kind === "change")
      .map((c) => [c.period, c.stated.type === "change" ? c.stated.basis : null]);
    expect(got).toEqual([
      ["2025-08", "mom"],
      ["2025-09", "mom"],
      ["2025-01..2025-09", "yoy"],
    ]);
  });
});

describe("the extremes of what was just spoken of", () => {
  it.each([
    [
      "Korea-bound magnet shipments were 8,100 t last year, roughly 14% of China's 57,392-tonne total. September (854 t) was the high point.",
      "2026-02-05",
      "854 t",
      ["KOR", "2025-09"],
    ],
    [
      "Exports of magnets to India reached 418 t in July. The low came in May, at 150 t.",
      "2025-09-25",
      "150 t",
      ["IND", "2025-05"],
    ],
    [
      "- Magnets to India: 416 t in October.\n- May (150 t) was the trough.",
      "2025-11-25",
      "150 t",
      ["IND", "2025-05"],
    ],
  ])("are that destination's, in the month named: %s", (text, published, words, want) => {
    const got = read(text, published).find(([w]) => w === words);
    expect([got?.[3], got?.[2]]).toEqual(want);
  });

  it("leaves a share's whole to the world total", () => {
    const got = read(
      "Korea-bound magnet shipments were 8,100 t last year, roughly 14% of China's 57,392-tonne total.",
      "2026-02-05",
    );
    expect(got.find(([w]) => w === "57,392-tonne")?.[3]).toBe("WLD");
  });
});

describe("a record's holder named with its figure", () => {
  it.each([
    "Rare-earth product exports were 6,958 t in November. August's 7,336 t remains the record. Rare-earth exports rose 26.5% to 5,493.9 t.",
    "Magnet exports were 6,150 t in November. January's 6,357 t is still the highest. Rare-earth exports rose 26.5% to 5,493.9 t.",
  ])("is not the month the text goes on about: %s", (text) => {
    expect(read(text, "2025-12-18").find(([w]) => w === "rose 26.5%")?.[2]).toBe("2025-11");
  });
});
