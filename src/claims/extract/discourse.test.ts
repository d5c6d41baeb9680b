// Discourse through the reader: what carries from a heading, a list's lead line, a question and an
// earlier sentence, and that anything carried says so.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };
const read = (t: string) =>
  extractClaims(t, PUB).map((c) => [
    c.text,
    c.series,
    c.partner,
    c.period,
    c.grounds.partner,
    c.grounds.period,
  ]);

describe("discourse", () => {
  it("carries the product a speaker names, not the one he sets aside", () => {
    const t =
      "A: Let's take the raw material this time, rare earths. Not the magnets.\nB: October came in at 4,343.5 tonnes.";
    expect(read(t).map(([text, series]) => [text, series])).toEqual([["4,343.5 tonnes", "rare-earths"]]);
  });

  it.each([
    "Magnet exports closed 2025 at 5,952 t for December, down from November's 6,150 t. Korea took 815 t.",
    "Rounding off 2025, December magnet shipments came to 5,952 t. Korea took 815 t.",
  ])("carries the month a sentence's figures were read as, not the year it also names: %s", (t) => {
    const korea = extractClaims(t, { published: "2026-01-22" }).find((c) => c.text === "815 t");
    expect([korea?.partner, korea?.period, korea?.grounds.period]).toEqual(["KOR", "2025-12", "carried"]);
  });

  it("lets a heading set the destination of the section that follows, as carried", () => {
    const t =
      "Rare-earth magnets, November\n\n## Japan\nShipments rose 35% to 305 t.\n\n## United States\nShipments fell to 582 t.";
    expect(read(t)).toEqual([
      ["rose 35%", "rare-earth-magnets", "JPN", "2025-11", "carried", "carried"],
      ["305 t", "rare-earth-magnets", "JPN", "2025-11", "carried", "carried"],
      ["fell", "rare-earth-magnets", "USA", "2025-11", "carried", "carried"],
      ["582 t", "rare-earth-magnets", "USA", "2025-11", "carried", "carried"],
    ]);
  });

  it("ends a destination at a caption that names its product and no destination", () => {
    // the last bullet is Japan's; the table under its own caption, which names no destination, holds
    // China's totals as a sentence naming none would, and its column headed "Total" names them so itself
    const t =
      "Highlights, November 2025\n- To Japan: 305 t (+35% on the month)\n\nTable 2: China's magnet exports by month (t)\nMonth | Total\nSep | 5,774\nOct | 5,473";
    expect(read(t).slice(2)).toEqual([
      ["5,774", "rare-earth-magnets", "WLD", "2025-09", "clause", "clause"],
      ["5,473", "rare-earth-magnets", "WLD", "2025-10", "clause", "clause"],
    ]);
  });

  it("lets a heading line that ends in a colon set the destination of the paragraph under it", () => {
    // "India:" over a paragraph is a heading, not only a lead line for bullets that never come
    const t =
      "India:\nChina's magnet exports were 150 tonnes in May.\n\nJapan:\nShipments rose 35% to 305 t in November.";
    const [first] = extractClaims(t, PUB);
    expect(first?.alternatives.map((a) => a.partner)).toContain("IND");
    expect(read(t).slice(1)).toEqual([
      ["rose 35%", "rare-earth-magnets", "JPN", "2025-11", "carried", "clause"],
      ["305 t", "rare-earth-magnets", "JPN", "2025-11", "carried", "clause"],
    ]);
  });

  it("lets a list's lead line set the period of its bullets", () => {
    const t = "Magnet exports by destination in October:\n- Germany: 1,227 t\n- Korea: 569 t";
    expect(read(t).map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
      ["DEU", "2025-10", "clause", "carried"],
      ["KOR", "2025-10", "clause", "carried"],
    ]);
  });

  it("lets a labelled line with its own figure head the marked bullets under it", () => {
    // the bracketed month dates the line's figure and each bullet; a bullet's own month still wins
    const t =
      "RARE-EARTH MAGNETS (China exports, November): 6,150 t | watch\n- Japan: 305 t\n- Korea: 569 t (October)\n- Share going to the US: 9.5%";
    expect(read(t).map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ["6,150 t", "WLD", "2025-11", "clause"],
      ["305 t", "JPN", "2025-11", "carried"],
      ["569 t", "KOR", "2025-10", "clause"],
      ["9.5%", "USA", "2025-11", "carried"],
    ]);
  });

  it("does not let a timed entry lead the bullet under it", () => {
    const t =
      "08:10 - Magnet exports to Japan in November were 305 t.\n - China's total was 6,150 t in November.";
    expect(read(t).map((r) => [r[0], r[2]])).toEqual([
      ["305 t", "JPN"],
      ["6,150 t", "WLD"],
    ]);
  });

  it("carries a question's subject into its answer", () => {
    const t = "Q: How much did China ship to Japan in November?\nA: About 305 tonnes of magnets.";
    expect(read(t)).toEqual([
      ["About 305 tonnes", "rare-earth-magnets", "JPN", "2025-11", "carried", "carried"],
    ]);
  });

  it("does not let a rank's window replace the period of the next sentence", () => {
    const t =
      "Magnet exports rose 12% in November. It was only the third rise this year. Shipments to Japan jumped 35%.";
    expect(read(t).at(-1)?.slice(2, 4)).toEqual(["JPN", "2025-11"]);
  });

  it("reads 'that was' as pointing back to the figure before, and the world total as never inheriting", () => {
    // the destination is named in the sentence "that" points back at (see pointing-back.ts)
    const t =
      "Magnet shipments to India reached 418 t in July. That was the highest since January. Overall exports hit 5,577 t.";
    expect(read(t).map((r) => [r[2], r[4]])).toEqual([
      ["IND", "clause"],
      ["IND", "pointed"],
      ["WLD", "clause"],
    ]);
  });

  it("gives a default reading when nothing names the product", () => {
    const c = extractClaims("Japan\nShipments in November: 305 t", PUB);
    expect(c[0]).toMatchObject({
      series: "rare-earth-magnets",
      grounds: { series: "default", partner: "carried" },
    });
  });

  it("reads short 'label: value' lines as a list, and percentages under a lead about shares as shares", () => {
    const t = "Shares of China's magnet exports in November:\nJapan: 5%\nSouth Korea: 14.8%";
    expect(
      extractClaims(t, PUB).map((c) => [
        c.kind,
        c.partner,
        c.period,
        c.stated.type === "share" ? c.stated.pct : null,
      ]),
    ).toEqual([
      ["share", "JPN", "2025-11", 5],
      ["share", "KOR", "2025-11", 14.8],
    ]);
  });

  it("reads a year heading a note's line, a year's possessive and 'YTD' as periods", () => {
    const t = "2024 RE magnet exports: 58.2 kt, vs 2023's 52.6 kt.\nYTD 51.44kt.";
    expect(extractClaims(t, PUB).map((c) => [c.kind, c.period])).toEqual([
      ["level", "2024-01..2024-12"],
      ["level", "2023-01..2023-12"],
      ["ytd", "2025-01..2025-11"],
    ]);
  });

  it("keeps a heading's destination for a sentence whose subject is China, never the world total for certain", () => {
    const c = extractClaims("## Germany\nChina shipped 1,433 tonnes of magnets there in November.", PUB);
    expect(c.map((x) => [x.partner, x.grounds.partner])).toEqual([["DEU", "carried"]]);
  });
});

describe("periods said relative to the one the text is on", () => {
  const periods = (t: string) => extractClaims(t, PUB).map((c) => [c.text, c.partner, c.period]);

  it.each([
    [
      "India bought 418 tonnes in July; the month before, it had taken 172 tonnes.",
      [
        ["418 tonnes", "IND", "2025-07"],
        ["172 tonnes", "IND", "2025-06"],
      ],
    ],
    [
      "Exports to Vietnam were 444 tonnes in October. Shipments to that market had been 456 tonnes a month earlier.",
      [
        ["444 tonnes", "VNM", "2025-10"],
        ["456 tonnes", "VNM", "2025-09"],
      ],
    ],
    [
      "Exports to South Korea were 854 tonnes in September. The following month they fell to 569 tonnes.",
      [
        ["854 tonnes", "KOR", "2025-09"],
        ["fell", "KOR", "2025-10"],
        ["569 tonnes", "KOR", "2025-10"],
      ],
    ],
    [
      "Poland bought 75 tonnes in July; the month after, its purchases came to 98 tonnes.",
      [
        ["75 tonnes", "POL", "2025-07"],
        ["98 tonnes", "POL", "2025-08"],
      ],
    ],
    [
      "India took 418 t in July. August went unreported, but by the next month India had 402 t.",
      [
        ["418 t", "IND", "2025-07"],
        ["402 t", "IND", "2025-09"],
      ],
    ],
    [
      "Magnet exports were 4,915 tonnes in September 2024. A year later, they reached 5,774 tonnes.",
      [
        ["4,915 tonnes", "WLD", "2024-09"],
        ["5,774 tonnes", "WLD", "2025-09"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  it("leaves a comparison base alone: 'up 12% from a month earlier' is the claim's own month", () => {
    expect(periods("Magnet exports rose 12% in November from a month earlier.")).toEqual([
      ["rose 12%", "WLD", "2025-11"],
    ]);
  });
});

describe("what a rank's window and a span named in passing leave to what follows", () => {
  const first = (t: string, words: string, published = "2025-10-21") =>
    extractClaims(t, { published }).find((c) => c.text.includes(words));

  it("reads 'since at least' and 'since the curbs began in April' as windows that start there", () => {
    expect(
      first("Rare-earth exports in June were the highest monthly figure since at least 2022.", "highest")
        ?.stated,
    ).toMatchObject({
      scope: { type: "since", period: "2021", atLeast: true },
    });
    expect(
      first(
        "Exports to India in October were the highest monthly figure since the curbs began in April.",
        "highest",
      )?.stated,
    ).toMatchObject({
      scope: { type: "since", period: "2025-03", atLeast: true },
    });
  });

  it("keeps the month a story is on after a year-to-date figure, with the span as another reading", () => {
    const c = first(
      "Sep magnet exports printed 5,774t. YTD shipments reached 39,817t. US volumes fell to 420.5t.",
      "420.5t",
    );
    expect([c?.period, c?.grounds.period]).toEqual(["2025-09", "carried"]);
    expect(c?.alternatives.map((a) => a.period)).toContain("2025-01..2025-09");
  });

  it("keeps the month a story is on after a sentence that looks back in the past perfect", () => {
    const c = first(
      "Magnet exports were 5,774 t in September. August had been the strongest month since January. The US took 420.5 t.",
      "420.5 t",
      "2025-10-20",
    );
    expect([c?.period, c?.grounds.period]).toEqual(["2025-09", "carried"]);
    expect(c?.alternatives.map((a) => a.period)).toContain("2025-08");
  });

  it("reads a dashboard's 'Lowest since: June' as a window from June, on the heading's month", () => {
    const c = first(
      "MAGNET EXPORTS - OCTOBER 2025\nTotal: 5,473 t\nLowest since: June",
      "Lowest",
      "2025-11-21",
    );
    expect([c?.period, c?.stated]).toMatchObject([
      "2025-10",
      { scope: { type: "since", period: "2025-06" } },
    ]);
  });

  it("gives a share that names no destination the destination spoken of last, as carried", () => {
    const c = first(
      "Korea took 854t of magnets in September! Almost 15% of everything.",
      "15%",
      "2025-10-21",
    );
    expect([c?.partner, c?.grounds.partner]).toEqual(["KOR", "carried"]);
  });

  it("gives a change of a share in points that names no destination the destination spoken of last", () => {
    const c = first(
      "Vietnam took 444 t of magnets in October. The month's share was 0.6 percentage points below September's.",
      "0.6 percentage points below",
      "2025-11-21",
    );
    expect([c?.partner, c?.grounds.partner]).toEqual(["VNM", "carried"]);
  });

  it("reads a rank whose own words name the product as the total's, named in its clause", () => {
    const c = first(
      "China shipped 5,952 t of magnets in December.\nDecember was the lowest month for magnet exports since June.",
      "lowest month",
      "2026-01-22",
    );
    expect([c?.partner, c?.grounds.partner]).toEqual(["WLD", "clause"]);
  });

  it("keeps a figure said worldwide on the total, whatever the sentence before named", () => {
    const c = first(
      "Exports to Korea reached 854 tons in September. China shipped 5,774 tons worldwide last month, down 6.1 percent, marking a second consecutive monthly decline.",
      "second consecutive",
    );
    expect([c?.partner, c?.grounds.partner, c?.alternatives.some((a) => a.partner)]).toEqual([
      "WLD",
      "clause",
      false,
    ]);
  });

  it("reads a bullet led by 'May:' as May's", () => {
    expect(first("• May: 46 t of magnets to the US", "46 t", "2026-01-22")?.period).toBe("2025-05");
  });
});

describe("a span carried into a figure with a base month of its own", () => {
  it("reads the month after the clause's base, carried", () => {
    const t =
      "China's third-quarter magnet exports: a rebound, with caveats\n\nThree points stand out:\n1) The September total was 5,774 t.\n2) Germany took 1,288 t, down 4% from August.";
    const c = extractClaims(t, { published: "2025-10-21" }).find((x) => x.text === "1,288 t");
    expect([c?.kind, c?.period, c?.grounds.period]).toEqual(["level", "2025-09", "carried"]);
  });
});

describe("a thread of questions", () => {
  it("asks a question that names no month about the thread's month, not a month an answer mentioned", () => {
    const t =
      "Did South Korea get more magnets from China in December?\nYes: 815 tonnes. Customs did not publish a November figure for Korea.\n\nWhat about Vietnam?\n509 tonnes, up about 15% on October.";
    const c = extractClaims(t, { published: "2026-01-25" }).find((x) => x.text === "509 tonnes");
    expect([c?.partner, c?.period]).toEqual(["VNM", "2025-12"]);
  });

  it("holds a month a question only took from the thread until its answer names another", () => {
    const t =
      "And for the year as a whole?\n57,392 tonnes.\n\nWho bought them?\nGermany, as usual, with 1,106 tonnes in December. South Korea was next at 815 tonnes.";
    const got = extractClaims(t, { published: "2026-01-25" }).map((c) => [
      c.text,
      c.period,
      c.alternatives.map((a) => a.period).filter((p) => p?.includes("..")),
    ]);
    // the year told before December stays only a reading of what follows
    expect(got).toEqual([
      ["57,392 tonnes", "2025-01..2025-12", []],
      ["1,106 tonnes", "2025-12", []],
      ["815 tonnes", "2025-12", ["2025-01..2025-12"]],
    ]);
  });

  it("holds a month the question names itself for the whole answer", () => {
    const t =
      "Who bought the most in December?\nGermany, with 1,106 tonnes, against 1,118 tonnes in October. South Korea was next at 815 tonnes.";
    const c = extractClaims(t, { published: "2026-01-25" }).find((x) => x.text === "815 tonnes");
    expect([c?.partner, c?.period]).toEqual(["KOR", "2025-12"]);
  });

  it("asks each question's destination anew: a question on China's total is not about the last one's destination", () => {
    const t =
      "Q: Did magnet shipments to the United States recover in May?\nA: No. They fell to just 46 tonnes.\n\nQ: How low did China's total magnet exports go?\nA: To 1,238 tonnes.";
    const c = extractClaims(t, { published: "2025-06-21" }).find((x) => x.text === "1,238 tonnes");
    expect([c?.partner, c?.period]).toEqual(["WLD", "2025-05"]);
  });

  it("reads each answer under its own question, when questions stand alone on their lines", () => {
    const t =
      "Did Germany get more Chinese magnets in August?\nYes, 1,346 tonnes.\nAnd the United States?\nSlightly fewer: 590 tonnes, against 619 tonnes in July.\nWas August the biggest month of the year?\nNot quite. It was the highest since January.";
    const got = extractClaims(t, { published: "2025-09-22" }).map((c) => [c.text, c.partner, c.period]);
    expect(got).toEqual([
      ["1,346 tonnes", "DEU", "2025-08"],
      ["Slightly fewer", "USA", "2025-08"],
      ["590 tonnes", "USA", "2025-08"],
      ["619 tonnes", "USA", "2025-07"],
      ["biggest month of the year", "WLD", "2025-08"],
      ["highest since", "WLD", "2025-08"],
    ]);
  });

  it("reads the destination a follow-up question adds with 'and' as its subject", () => {
    const t =
      "10:20 Reader question: what about South Korea? Korea took 815 t in December.\n10:26 Reader question: and the US, any better? No, 564 t, a little lower than in November.";
    const c = extractClaims(t, { published: "2026-01-20" }).find((x) => x.text === "564 t");
    expect([c?.partner, c?.period]).toEqual(["USA", "2025-12"]);
  });

  it.each([
    [
      "Q: What did the US take in November?\nA: 582 tonnes.\nQ: What about the previous month?\nA: 656 tonnes.",
      "656 tonnes",
      "USA",
      "2025-10",
    ],
    [
      "Q: How much did Japan take in November?\nA: 305 tonnes.\nQ: And a month earlier?\nA: 226 tonnes.",
      "226 tonnes",
      "JPN",
      "2025-10",
    ],
    [
      "Q: What were magnet exports in December?\nA: 5,952 tonnes.\nQ: And the month before?\nA: 6,150 tonnes.",
      "6,150 tonnes",
      "WLD",
      "2025-11",
    ],
  ])(
    "asks a question that names a month relative to the thread's of that month, carried: %s",
    (t, quote, partner, period) => {
      const c = extractClaims(t, { published: "2026-01-15" }).find((x) => x.text === quote);
      expect([c?.partner, c?.period, c?.grounds.period]).toEqual([partner, period, "carried"]);
    },
  );

  it("answers a question about no destination on the total, whatever destination came before", () => {
    const t =
      "Q: How much went to Japan in November? A: 305 tonnes.\nQ: And was November a record? A: No, it was the second-highest month on record.";
    const c = extractClaims(t, PUB).find((x) => x.text.startsWith("second-highest"));
    expect([c?.partner, c?.period]).toEqual(["WLD", "2025-11"]);
  });
});

describe("a bullet labelled 'Previous month'", () => {
  it("is the month before the one the list is on", () => {
    const r = extractClaims("JAPAN, DECEMBER 2025\n- Volume: 280 t\n- Previous month: 305 t", {
      published: "2026-01-21",
    });
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["280 t", "2025-12"],
      ["305 t", "2025-11"],
    ]);
  });
});

describe("a month named in an aside in brackets", () => {
  it("is not the month the text goes on speaking of", () => {
    const r = extractClaims(
      "September numbers are out. China exported 5,774t of magnets, +859t y/y (Sep '24 was 4,915t). Korea took 854t.",
      {
        published: "2025-10-21",
      },
    );
    expect(r.find((c) => c.text === "854t")?.period).toBe("2025-09");
  });
});

describe("a headline that names the total's product and, apart, a destination", () => {
  it("does not make that destination the section's", () => {
    const r = extractClaims(
      "China magnets: September print softer, Korea surprises\n\nSep magnet exports printed 5,774t, -6% y/y.",
      { published: "2025-10-21" },
    );
    expect(r.map((c) => c.partner)).toEqual(["WLD", "WLD"]);
  });

  it("still makes a destination the headline is about the section's", () => {
    const r = extractClaims("China's magnet exports to Japan\n\nShipments rose 35% to 305 t in November.", {
      published: "2025-12-20",
    });
    expect(r.map((c) => c.partner)).toEqual(["JPN", "JPN"]);
  });
});

describe("a sentence whose subject is a month's figure of what was spoken of", () => {
  const partnerOf = (t: string, quote: string) => {
    const c = extractClaims(t, { published: "2026-01-20" }).find((x) => x.text.includes(quote));
    return [c?.partner, c?.grounds.partner, c?.alternatives.some((a) => a.partner === "WLD")];
  };

  it.each([
    ["Vietnam received 509 t of magnets in December. The November tally had been 60 t lower.", "60 t"],
    ["Vietnam received 509 t of magnets in December. November's amount was 60 t lower.", "60 t"],
    ["Vietnam received 509 t of magnets in December. The month's tonnage was 65 t above October's.", "65 t"],
    ["Vietnam received 509 t of magnets in December. Arrivals had dropped by 12 t in October.", "12 t"],
    ["Shipments to Vietnam fell to 444 t in October. The decline was 12 t.", "12 t"],
  ])("points back to the destination: %s", (t, quote) => {
    expect(partnerOf(t, quote)).toEqual(["VNM", "carried", true]);
  });

  it("leaves a month's total, and a figure with a subject of its own, on the world", () => {
    const t = "Vietnam received 509 t of magnets in December. The month's total was 5,952 t.";
    expect(partnerOf(t, "5,952 t")[0]).toBe("WLD");
    const u = "Vietnam received 509 t of magnets in December. Exports overall were 5,952 t.";
    expect(partnerOf(u, "5,952 t")[0]).toBe("WLD");
  });
});

describe("a year to date in a story about an earlier month", () => {
  it("runs to the month its clause is on, not to the latest month the story could report", () => {
    const t = "Magnet exports eased to 5,774 t in September, taking the year-to-date total to 39,817 t.";
    expect(extractClaims(t, PUB).find((c) => c.text === "39,817 t")?.period).toBe("2025-01..2025-09");
  });

  it("may run to the month the text is on when only an earlier sentence names it: a guess, never certain", () => {
    const t = "Magnet exports eased to 5,774 t in September. Year to date, they came to 39,817 t.";
    const ytd = extractClaims(t, PUB).find((c) => c.text === "39,817 t");
    expect([ytd?.period, ytd?.grounds.period]).toEqual(["2025-01..2025-11", "carried"]);
    expect(ytd?.alternatives.map((a) => a.period)).toContain("2025-01..2025-09");
  });
});

describe("what the text goes on to speak of", () => {
  it("is not a product named as the head of a price, forecast or output", () => {
    const t =
      "China's rare earth exports reached 5,900 t in May. Our dysprosium oxide price forecast rises to $260/kg. June: 7,700 t.";
    expect(extractClaims(t, PUB).map((c) => [c.text, c.series])).toEqual([
      ["5,900 t", "rare-earths"],
      ["7,700 t", "rare-earths"],
    ]);
  });
});

describe("a text about one product", () => {
  const seriesGrounds = (t: string) => extractClaims(t, PUB).map((c) => [c.text, c.series, c.grounds.series]);

  it("reads the product of a sentence that names none as certain when the text never names another", () => {
    const t =
      "NdFeB magnet outflows from China slid in October.\nShipments bound for Poland came to 91 tonnes, and Mexico took 60 tonnes.";
    expect(seriesGrounds(t).slice(1)).toEqual([
      ["91 tonnes", "rare-earth-magnets", "text"],
      ["60 tonnes", "rare-earth-magnets", "text"],
    ]);
  });

  it("keeps the product carried when the text names another product anywhere, even after the figure", () => {
    const mixed =
      "Magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.\nGallium sales abroad were flat.";
    expect(seriesGrounds(mixed)[1]).toEqual(["91 tonnes", "rare-earth-magnets", "carried"]);
    const other =
      "Magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.\nLithium carbonate fared better.";
    expect(seriesGrounds(other)[1]).toEqual(["91 tonnes", "rare-earth-magnets", "carried"]);
  });

  it.each([
    "Magnet outflows slid in October, weeks after Beijing widened its controls to six more elements.\nShipments bound for Poland came to 91 tonnes.",
    "Magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.\nSince April, seven heavy elements have been under licence.",
    "From the Critical Minerals Desk: magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.",
  ])(
    "still reads the text's one product when another good is only a policy's object or in a name: %s",
    (t) => {
      expect(seriesGrounds(t).find((c) => c[0] === "91 tonnes")).toEqual([
        "91 tonnes",
        "rare-earth-magnets",
        "text",
      ]);
    },
  );

  it.each([
    "Magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.\nBeijing also banned exports of the metal to the US.",
    "Magnet outflows slid in October.\nShipments bound for Poland came to 91 tonnes.\nUnder the new licences, oxide shipments fell 30%.",
  ])("keeps the product carried when another good is traded, even under a policy: %s", (t) => {
    expect(seriesGrounds(t).find((c) => c[0] === "91 tonnes")?.[2]).toBe("carried");
  });

  it("keeps the product carried in a sentence whose numbers may be something other than trade", () => {
    const t =
      "NdFeB magnet outflows from China slid in October.\nPoland's plant reached 91 tonnes of output.";
    expect(seriesGrounds(t).at(-1)?.[2]).not.toBe("text");
  });

  it("never makes a product the text does not name certain", () => {
    expect(seriesGrounds("Shipments bound for Poland came to 91 tonnes in October.")[0]?.[2]).toBe("default");
  });
});

describe("what a text on one product leaves uncertain", () => {
  it("keeps the product carried for a world total over a span", () => {
    const t =
      "NdFeB magnet outflows from China slid in October.\nIn the first ten months, shipments came to 45,290 tonnes.";
    expect(extractClaims(t, PUB).at(-1)?.grounds.series).toBe("carried");
  });
});

describe("a share taken up by 'it' in the next sentence", () => {
  const shares = (t: string) =>
    extractClaims(t, PUB)
      .filter((c) => c.kind === "share")
      .map((c) => [c.text, c.partner, c.period, c.grounds.partner]);

  it("reads 'It slipped to N%' after a question or sentence about a share as that share, carried", () => {
    expect(
      shares("Q: What happened to Germany's slice of the magnet trade?\nA: It slipped to 20.4% in October."),
    ).toEqual([["20.4%", "DEU", "2025-10", "carried"]]);
    expect(shares("India's portion has grown. It was 7.5 per cent in July.")).toEqual([
      ["7.5 per cent", "IND", "2025-07", "carried"],
    ]);
  });

  it("reads an answer that opens with a percentage, after a question about a share, as that share", () => {
    expect(
      shares(
        "Q: What portion of the October magnet exports went to South Korea?\nA: Roughly 10.4%, or 569 t.",
      ),
    ).toEqual([["Roughly 10.4%", "KOR", "2025-10", "carried"]]);
    // after a question about tonnes, an opening percentage is no share
    expect(shares("Q: How much did South Korea get in October?\nA: 10% more than in June, 569 t.")).toEqual(
      [],
    );
  });

  it("leaves a percentage after 'it' alone when no share was spoken of", () => {
    expect(shares("India's intake has grown. It was 7.5 per cent higher in July.")).toEqual([]);
    expect(shares("Shipments to India have grown. It rose to 418 t in July, about 12% of that.")).toEqual([]);
  });

  it.each([
    "Vietnam received 509 tonnes of magnets in December. Customs gave no country breakdown for November. Vietnam's share was 8.6%.",
    "Vietnam received 509 tonnes of magnets in December. The November figure has not been published. Vietnam's share was 8.6%.",
  ])("does not carry a month said to lack a figure into the next sentence: %s", (t) => {
    const c = extractClaims(t, { published: "2026-01-21" }).find((x) => x.kind === "share");
    expect([c?.partner, c?.period]).toEqual(["VNM", "2025-12"]);
  });
});

describe("a month named only as a record's holder", () => {
  const periods = (t: string, published = "2025-10-21") =>
    extractClaims(t, { published }).map((c) => [c.text, c.period]);

  it.each([
    "Magnet exports came to 5,774 t in September. The all-time peak set back in January still stands. Sales to Korea climbed 9% on the month.",
    "Magnet exports came to 5,774 t in September. January is still the record month, at 6,357 t. Sales to Korea climbed 9% on the month.",
  ])("leaves the text on its own month: %s", (text) => {
    expect(periods(text)).toContainEqual(["climbed 9%", "2025-09"]);
  });

  it("still lets a record said of a month date the figures told with it", () => {
    expect(periods("Exports hit a record of 6,357 t in January.", "2025-02-20")).toContainEqual([
      "6,357 t",
      "2025-01",
    ]);
  });
});

describe("a sentence of another country's own statistics", () => {
  it.each([
    "Customs said magnet exports climbed 7% in September. Figures from India's commerce ministry put imports of rare-earth compounds from China at 120 t. Shipments were also up 17.5% on the year.",
    "China's rare earth exports reached 4,343.5 t in October. Vietnam's customs office said imports of rare-earth oxides from China were about 900 t. The figure was up 8.6% on September.",
    "Magnet shipments from China climbed to 6,150 t in November. South Korea's trade data showed imports of permanent magnets from China at 805 t. That was 12% more than in October.",
  ])("leaves the story its product and destination: %s", (text) => {
    const claims = extractClaims(text, PUB);
    const first = claims[0];
    const last = claims[claims.length - 1];
    expect(last?.mode).toBe("reported");
    expect(last?.series).toBe(first?.series);
    expect(last?.partner).not.toBe("CHN");
  });

  it("takes the product a heading names after a dash for the list under it", () => {
    // the dash of the list's first item is no closing dash of an aside in the heading
    const t = "Briefing sheet - China, rare earths\n\n- 2024 exports: 55,431 t\n- Q4 2024: 12,495 t";
    expect(extractClaims(t, PUB).map((c) => [c.text, c.series])).toEqual([
      ["55,431 t", "rare-earths"],
      ["12,495 t", "rare-earths"],
    ]);
  });
});

describe("a span told before a month", () => {
  const readOf = (t: string, words: string, published = "2026-02-18") => {
    const c = extractClaims(t, { published }).find((x) => x.text === words);
    return [c?.period, c?.grounds.period, c?.alternatives.map((a) => a.period)];
  };

  it("stays a reading of what follows the month", () => {
    const t =
      "China exported 57,392 tonnes of magnets last year. December's shipments were 5,952 tonnes.\n\nOf the magnets, the United States received 5,933 tonnes, about one tenth.";
    expect(readOf(t, "5,933 tonnes")).toEqual(["2025-12", "carried", ["2025-01..2025-12"]]);
  });

  it("is no reading of 'that month'", () => {
    const t =
      "Rare-earth exports rose 6% in 2024 to 55,431 tonnes. December imports were 9,645 tonnes. Exports that month were 3,326 tonnes.";
    expect(readOf(t, "3,326 tonnes", "2025-01-21")).toEqual(["2024-12", "pointed", []]);
  });
});

describe("a quoted sentence", () => {
  it("opens a span with 'Over' after its quotation mark", () => {
    const t = '"Over January to September China exported 39,817 tonnes of magnets, down 7.5% on last year."';
    const got = extractClaims(t, { published: "2025-10-22" }).map((c) => [
      c.text,
      c.period,
      c.grounds.period,
    ]);
    expect(got).toEqual([
      ["39,817 tonnes", "2025-01..2025-09", "clause"],
      ["down 7.5%", "2025-01..2025-09", "clause"],
    ]);
  });
});

describe("background in the past perfect", () => {
  it.each([
    "Magnet shipments had collapsed in April and May once the licensing rules took hold.\n\nGermany took 1,118 t and the US 656 t.",
    "Exports had plunged to 1,238 t in May after the curbs began. South Korea bought 569 t.",
  ])("lends no month from background told in the past perfect that opens the text: %s", (t) => {
    const claims = extractClaims(t, { published: "2025-11-20" });
    const later = claims.filter((c) => c.partner !== "WLD");
    expect(later.length).toBeGreaterThan(0);
    for (const c of later) expect(["2025-04", "2025-05"]).not.toContain(c.period);
  });

  it.each([
    [
      "Exports to the US fell to 46 t in May. By December they had recovered to 564 t. That month Japan took 280 t.",
      "280 t",
      "2025-12",
    ],
    [
      "Shipments had collapsed in April, customs said. Exports rose 12% in November to 6,150 t.",
      "6,150 t",
      "2025-11",
    ],
  ])("keeps a month the text names for its own figures: %s", (t, quote, period) => {
    const c = extractClaims(t, { published: "2026-01-22" }).find((x) => x.text === quote);
    expect(c?.period).toBe(period);
  });
});
