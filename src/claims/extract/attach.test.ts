// Attachment on its own and through the reader: each figure takes the destination, product and
// period of its own part of the clause; the world total never takes a destination.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { REST_OF_WORLD } from "./figure-partner.js";
import { attachPartner } from "./attach.js";
import { findPartners } from "./subjects.js";

const PUB = { published: "2025-12-20" };
const read = (t: string) => extractClaims(t, PUB).map((c) => [c.text, c.partner, c.period]);

describe("attachPartner", () => {
  it("takes a destination named right after the figure", () => {
    const clause = "Of the 6,150 t, 582 t went to the US";
    const span = { start: 16, end: 21 };
    expect(attachPartner(clause, findPartners(clause), span, "level", [span])).toMatchObject({
      partner: "USA",
    });
  });
});

describe("a tonnage told by where it arrived", () => {
  it("takes the destination the verb after it names: reached, arrived in, made it to", () => {
    expect(
      read(
        "China shipped 1,238 t of magnets in May, and only 46 t reached the United States, while 209 t arrived in Germany.",
      ),
    ).toEqual([
      ["1,238 t", "WLD", "2025-05"],
      ["46 t", "USA", "2025-05"],
      ["209 t", "DEU", "2025-05"],
    ]);
  });

  it("leaves a total that reached a level, not a place, to the world", () => {
    expect(read("Exports in November reached 6,150 t, and 582 t went to the US.")).toEqual([
      ["6,150 t", "WLD", "2025-11"],
      ["582 t", "USA", "2025-11"],
    ]);
  });
});

describe("the reader attaches each figure to its own clause", () => {
  it("reads a list of destinations, one figure each", () => {
    expect(
      read("In October, magnet exports to Malaysia 210 t, India 390 t and Mexico 95 t.").map((r) => r[1]),
    ).toEqual(["MYS", "IND", "MEX"]);
  });

  it("gives a trailing destination its own figure", () => {
    const r = read(
      "Germany took 1,346 tonnes of magnets in August, trailed by India at 416 tonnes, and Poland 75 tonnes.",
    );
    expect(r.map((x) => x[1])).toEqual(["DEU", "IND", "POL"]);
  });

  it("gives a figure said of 'the latter' the destination named last before it", () => {
    const r = read(
      "In October Japan received 226 t and Thailand 96 t of magnets, the latter 15 t more than a month earlier.",
    );
    expect(r.map((x) => x[1])).toEqual(["JPN", "THA", "THA"]);
  });

  it("gives a clause opened by 'when' the month named right before it", () => {
    const r = extractClaims(
      "Shipments to Korea were 815 t in December, below September's 854 t, when Korea took 14.8 percent of China's total.",
      { published: "2026-01-20" },
    );
    expect(r.find((c) => c.kind === "share")?.period).toBe("2025-09");
    const u = extractClaims("In May, when the curbs bit hardest, the US took under 4% of the total.", {
      published: "2025-06-20",
    });
    expect(u.find((c) => c.kind === "share")?.period).toBe("2025-05");
  });

  it("dates a level a buyer is said to have received, taken or bought by the month after it", () => {
    const r = read(
      "Japan took 305 tonnes in November, which more than doubled the 131 tonnes it received in June.",
    );
    expect(r.filter((x) => /tonnes$/.test(x[0] as string))).toEqual([
      ["305 tonnes", "JPN", "2025-11"],
      ["131 tonnes", "JPN", "2025-06"],
    ]);
    expect(read("Korea bought 854 t in September, above the 569 t it took in October.").at(-1)?.[2]).toBe(
      "2025-10",
    );
  });

  it("gives a share said right after a tonnage the tonnage's destination", () => {
    const r = extractClaims(
      "Japan took 305 t in November, ahead of Korea at 262 t, with Thailand at 96 t, or 1.6% of all shipments.",
      PUB,
    );
    expect(r.find((c) => c.kind === "share")?.partner).toBe("THA");
    const t = extractClaims(
      "In May the US received 46 t of Chinese magnets out of a total of 1,238 t, or less than 4%.",
      PUB,
    );
    expect(t.find((c) => c.kind === "share")?.partner).toBe("USA");
  });

  it("reads a total named as what a share is of as that share's whole, not the next figure's subject", () => {
    const r = read(
      "Japan, at 305 t, absorbed 5% of all Chinese magnet shipments in November, more than double the level of June.",
    );
    expect(r.map((x) => [x[0], x[1]])).toEqual([
      ["305 t", "JPN"],
      ["5% of all Chinese magnet shipments", "JPN"],
      ["more than double", "JPN"],
    ]);
    const whole = read(
      "Japan took a twentieth of China's magnet exports, which came to 6,150 t in November.",
    );
    expect(whole.map((x) => [x[0], x[1]]).pop()).toEqual(["6,150 t", "WLD"]);
  });

  it("keeps the total for every figure of a relative clause on it, past the comma inside a figure", () => {
    // the thousands comma in "3,188 t" does not end the relative clause the base figure is in
    const r = read(
      "France bought 15% of Chinese magnet shipments in June, which climbed to 3,188 t from 1,238 t in May.",
    );
    expect(r.filter((x) => /\d t$/.test(x[0] as string)).map((x) => [x[0], x[1]])).toEqual([
      ["3,188 t", "WLD"],
      ["1,238 t", "WLD"],
    ]);
  });

  it("reads a bloc between a superlative and a buyer as the field ranked in, not the destination", () => {
    expect(read("Spain was the largest EU buyer of Chinese magnets in May, taking 95 tonnes.")).toEqual([
      ["95 tonnes", "ESP", "2025-05"],
    ]);
    expect(read("Austria, the second-biggest European importer, received 88 t of magnets in June.")).toEqual([
      ["88 t", "AUT", "2025-06"],
    ]);
  });

  it("keeps the total for the total after a destination", () => {
    const r = read("Magnet exports to Japan hit 305 t in November, out of a total of 6,150 t.");
    expect(r.map((x) => x[1])).toEqual(["JPN", "WLD"]);
  });

  it("gives each share of a list the destination that leads it, after 'and' too", () => {
    const r = read(
      "Of October's magnet exports, the US accounted for 12 pc, Germany 20.4 pc and India 7.6 pc.",
    );
    expect(r.map((x) => [x[0], x[1]])).toEqual([
      ["accounted for 12 pc", "USA"],
      ["Germany 20.4 pc", "DEU"],
      ["India 7.6 pc", "IND"],
    ]);
  });

  it("keeps the tonnage a share is taken of on the total, under a question about a destination", () => {
    const t =
      "How big is Germany's slice?\nClose to 22% of the 6,146 tonnes of magnets shipped in August.\nWhat of India? It took 7.6 per cent of the 5,473 t.\nThat is less than a tenth of the 689 t it took from China.";
    const r = extractClaims(t, PUB).map((c) => [c.text, c.partner]);
    expect(r.find((x) => x[0] === "6,146 tonnes")?.[1]).toBe("WLD");
    expect(r.find((x) => x[0] === "5,473 t")?.[1]).toBe("WLD");
    expect(r.find((x) => x[0] === "689 t")?.[1]).toBe("IND");
  });

  it("reads a month in capitals beside codes and figures with glued units", () => {
    const r = extractClaims("RE MAGNETS, DEC: DEU 1,106t | KOR 815t | USA 564t.", {
      published: "2026-01-21",
    });
    expect(r.map((c) => [c.text, c.partner, c.period])).toEqual([
      ["1,106t", "DEU", "2025-12"],
      ["815t", "KOR", "2025-12"],
      ["564t", "USA", "2025-12"],
    ]);
  });

  it("reads a month heading in capitals in a line of ordinary words ('AUGUST - 6,146 t, the best since January')", () => {
    const r = extractClaims(
      "Magnet exports, month by month\nJULY - 5,577 t, a strong month.\nAUGUST - 6,146 t, the best since January.\nMAY: 1,238 t, a weak month.",
      { published: "2025-12-20" },
    );
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["5,577 t", "2025-07"],
      ["6,146 t", "2025-08"],
      ["best since", "2025-08"],
      ["1,238 t", "2025-05"],
    ]);
  });

  it("reads the share a share moved from as the month before's, a guess that never contradicts", () => {
    const c = extractClaims(
      "The EU's share of China's magnet exports rose to 41.8% in November from 37.6%.",
      PUB,
    ).find((x) => x.text === "from 37.6%");
    expect([c?.kind, c?.partner, c?.period, c?.grounds.period]).toEqual([
      "share",
      "EU27",
      "2025-10",
      "default",
    ]);
    expect(c?.alternatives.map((a) => a.period)).toContain("2024-11");
  });

  it("gives an earlier share set beside the current one its own month", () => {
    const r = read(
      "The US share of China's magnet exports narrowed to 9.5 per cent in November, from almost 12 per cent a month before. India's share was 7.6 pc in October, against 12.1 pc in May.",
    );
    expect(r.map((x) => [x[1], x[2]])).toEqual([
      ["USA", "2025-11"],
      ["USA", "2025-10"],
      ["IND", "2025-10"],
      ["IND", "2025-05"],
    ]);
  });

  it("gives each figure the period named with it", () => {
    const r = read("Magnet exports rose 12% in November after falling 5.2% in October.");
    expect(r.map((x) => x[2])).toEqual(["2025-11", "2025-10"]);
  });

  it("does not give a rise the month of an earlier figure's own aside", () => {
    // "which stood at 3,326 t in December": December is that level's; the rise is January's
    const pub = { published: "2025-02-20" };
    for (const t of [
      "Rare earth exports, which stood at 3,326 t in December, rose to 5,294 t in January.",
      "After falling to 3,326 t in December, rare earth exports rose to 5,294 t in January.",
      "Rare earth exports, at 3,326 t in December, rose to 5,294 t in January.",
    ])
      expect(
        extractClaims(t, pub).map((c) => [c.text, c.period]),
        t,
      ).toEqual([
        ["3,326 t", "2024-12"],
        ["rose", "2025-01"],
        ["5,294 t", "2025-01"],
      ]);
    // a change too, also when the earlier tonnage is not read as a figure (the sentence before spoke of something else)
    for (const t of [
      "Rare earth exports, which stood at 3,326 t in December, jumped 59% to 5,294 t in January.",
      "Carmakers warned in June that 30 production lines could stop. After standing at 3,326 t in December, rare earth exports jumped 59% to 5,294 t in January.",
    ])
      expect(
        extractClaims(t, pub)
          .filter((c) => c.kind === "change")
          .map((c) => c.period),
        t,
      ).toEqual(["2025-01"]);
  });

  it("gives a figure the period of a possessive with a word of its own before the figure", () => {
    const years = extractClaims(
      "Gallium exports in 2024 reached 40 tonnes, shy of 2023's all-time high of 52 tonnes.",
      { published: "2025-02-10" },
    );
    expect(years.filter((c) => c.kind === "level").map((c) => c.period)).toEqual([
      "2024-01..2024-12",
      "2023-01..2023-12",
    ]);
    const months = extractClaims("In July, exports slid to 4,100 t from June's record 4,900 t.", PUB);
    expect(months.filter((c) => c.kind === "level").map((c) => c.period)).toEqual(["2025-07", "2025-06"]);
  });

  it("does not give a figure the month of another figure's possessive", () => {
    const r = extractClaims(
      "In May, magnet exports sank to 1,238 tonnes, less than half of April's 2,626 tonnes.",
      PUB,
    );
    expect(r.filter((c) => c.kind === "level").map((c) => c.period)).toEqual(["2025-05", "2025-04"]);
  });

  it.each([
    "Japan's November intake sat 51 tons below August's 331 tons, when it accounted for 5.4 percent of the total.",
    "Japan's November intake stood above the 190 tons of March, when it took 3.6 percent of all shipments.",
    "Japan's November intake was the most since the spring, when Japanese buyers had 7.2 percent of all shipments.",
  ])("gives what a 'when' clause says the month named right before it: %s", (t) => {
    const [month] = /August|March/.exec(t) ?? ["the spring"];
    const share = read(t).find((r) => String(r[0]).includes("percent"));
    expect(share?.[2]).toBe(month === "August" ? "2025-08" : month === "March" ? "2025-03" : "2025-11");
  });

  it.each([
    "Magnet shipments to Korea were 854 t in September, and 569 t came next.",
    "Magnet shipments to Korea were 854 t in September; then 569 t left.",
    "Magnet shipments to Korea were 854 t in September, and 569 t followed.",
  ])("does not give a clause that says it came later the earlier clause's month for certain: %s", (t) => {
    const c = extractClaims(t, PUB).find((x) => x.text.startsWith("569"));
    expect(c?.grounds.period).not.toMatch(/^(?:clause|sentence)$/);
    expect(c?.alternatives.map((a) => a.period)).toContain("2025-10");
  });

  it("does not give a total 'for the quarter' the span named earlier in the sentence, nor a certain quarter", () => {
    const c = extractClaims(
      "Added to the 1,310 t of July-August, that takes Korea-bound magnet cargoes to 2,160 t for the quarter.",
      { published: "2025-10-21" },
    ).find((x) => x.text.startsWith("2,160"));
    expect([c?.period, c?.grounds.period]).toEqual(["2025-07..2025-09", "carried"]);
  });

  it("does not carry an unnamed quarter into later turns as another reading", () => {
    const c = extractClaims(
      "Analyst: China's magnet exports to Japan were 230 tonnes in September, if I read it right?\n\nCEO: Correct. We shipped 70 tonnes into Japan in the quarter.\n\nCFO: And China's exports to Germany were around 1,290 tonnes in September, with Korea at 845 tonnes.",
      { published: "2025-10-21" },
    ).find((x) => x.text.startsWith("845"));
    expect([c?.period, c?.alternatives.map((a) => a.period)]).toEqual(["2025-09", []]);
  });

  it.each([
    ["Rare earths, cumulative (Jan-Sep): 48,356 t.", "2025-01..2025-09"],
    ["Cumulative (Jan-Sep) rare-earth shipments: 48,356 t.", "2025-01..2025-09"],
  ])("dates the figures a label leads to by the span in the label's brackets: %s", (t, period) => {
    const c = extractClaims(t, { published: "2025-10-20" });
    expect(c.map((x) => [x.text, x.period])).toEqual([["48,356 t", period]]);
  });

  it.each([
    "Rare earths so far this year (Jan-Sep) reached 48,356 t, up 12.6% on the same nine months of 2024.",
    "Rare earths in Jan-Sep reached 48,356 t, up 12.6% on the same stretch of 2024.",
  ])("does not take the year of a base span as the year of the claim's span: %s", (t) => {
    const c = extractClaims(t, { published: "2025-10-20" });
    expect(c.map((x) => x.period)).toEqual(["2025-01..2025-09", "2025-01..2025-09"]);
  });

  it.each([
    "Korea was the second-largest buyer in September, taking 14.8% of the 5,774 tonnes China shipped overall.",
    "Korea took 854 tonnes in September, out of 5,774 tonnes that China exported in total.",
  ])("reads a tonnage its own words call the total as the world's, not the destination's: %s", (t) => {
    const c = extractClaims(t, { published: "2025-10-21" }).find((x) => x.text.startsWith("5,774"));
    expect([c?.partner, c?.grounds.partner]).toEqual(["WLD", "clause"]);
  });

  it("still gives a clause with no such word the earlier clause's month", () => {
    const c = extractClaims("Magnet shipments to Korea were 854 t in September, and Japan took 228 t.", PUB);
    expect(c.map((x) => [x.text, x.period, x.grounds.period])).toContainEqual([
      "228 t",
      "2025-09",
      "sentence",
    ]);
  });

  it("reads a change over 'between' two months as the later month's, unless it names a base of its own", () => {
    const pub = { published: "2025-07-20" };
    const own = extractClaims(
      "Between April and June magnet exports totalled 18,000 t, 3.2% above the second quarter of 2024.",
      pub,
    ).find((c) => c.kind === "change");
    expect(own?.period).toBe("2025-04..2025-06");
    const paired = extractClaims("Between April and June magnet exports to the US fell by a third.", pub);
    expect(paired.map((c) => c.period)).toEqual(["2025-06"]);
  });

  it.each([
    "Magnet shipments to the US, which had reached 877 tonnes in January, came to 564 tonnes.",
    "In December the US, whose intake peaked at 877 tonnes in January, took 564 tonnes of magnets.",
  ])("keeps a month inside a relative aside set off by commas to the aside: %s", (t) => {
    const r = extractClaims(t, { published: "2026-01-20" }).map((c) => [c.text, c.period]);
    expect(r).toContainEqual(["877 tonnes", "2025-01"]);
    expect(r.find((x) => x[0] === "564 tonnes")?.[1]).not.toBe("2025-01");
  });

  it("keeps a month in a participle aside after the figure ('..., having risen 56% in October') to the aside", () => {
    const r = extractClaims(
      "Magnet shipments to Japan, for their part, slipped 8% to 280 tonnes, having jumped by a third in the month before.",
      { published: "2026-01-20" },
    ).concat(
      extractClaims("Magnet shipments to Japan slipped to 280 tonnes, having jumped in October.", {
        published: "2026-01-20",
      }),
    );
    expect(r.filter((c) => c.text.startsWith("280")).map((c) => c.period)).not.toContain("2025-10");
  });

  it.each([
    "After falling in September and October, magnet shipments to Korea climbed 43% to 815 tonnes.",
    "Following declines in September and October, magnet shipments to Korea climbed 43% to 815 tonnes.",
    "Having dropped in October, magnet shipments to Korea climbed 43% to 815 tonnes.",
  ])("keeps the months of an opening 'after' or 'having' clause out of the main clause: %s", (t) => {
    const main = extractClaims(t, { published: "2026-01-20" }).filter((c) => /815|43%/.test(c.text));
    expect(main).toHaveLength(2);
    expect(main.map((c) => c.period)).not.toContain("2025-10");
  });

  it("reads the product of the noun phrase, not of an aside", () => {
    const c = extractClaims(
      "Shipments of rare-earth products, a category dominated by magnets, eased 3.1% in December.",
      { published: "2026-01-20" },
    );
    expect(c[0]).toMatchObject({
      series: "rare-earth-products",
      alternatives: expect.arrayContaining([expect.objectContaining({ series: "rare-earth-magnets" })]),
    });
  });

  it("does not read money as the United States", () => {
    const c = extractClaims(
      "Magnet exports to Japan were worth US$288 million in November, or 305 tonnes.",
      PUB,
    );
    expect(c.map((x) => x.partner)).toEqual(["JPN", "JPN"]);
    expect(c[0]?.stated).toMatchObject({ type: "level", value: 288e6, unit: "USD" });
  });
});

describe("what a rank and a concession are said of", () => {
  it("gives a rank the period of the level it introduces", () => {
    const t =
      "Magnet exports slid 4% to 5,520 tons in October, off a nine-month high of 5,750 tons in September.";
    const rank = extractClaims(t, PUB).find((c) => c.kind === "rank");
    expect(rank?.period).toBe("2025-09");
  });

  it("reads the Chinese possessive 的 as naming the figure's own month", () => {
    const t = "10月出口4120噸，較9月的4480噸減少8%。";
    expect(read(t)).toEqual([
      ["4120噸", "WLD", "2025-10"],
      ["4480噸", "WLD", "2025-09"],
      ["減少8%", "WLD", "2025-10"],
    ]);
  });

  it("reads a Korean month set right before its figure as that figure's month", () => {
    const t = "10월 수출량은 5,120톤으로 9월 5,480톤보다 6.6% 줄었다.";
    expect(read(t).map((r) => r[2])).toEqual(["2025-10", "2025-09", "2025-10"]);
    expect(read("11月出口6150噸，比10月增長12%。").map((r) => r[2])).toEqual(["2025-11", "2025-11"]);
  });

  it("gives a rank in a relative clause the month of the level it follows", () => {
    const t =
      "Vietnam received 233 t of magnets in September, just shy of August's 240 t, which dealers describe as the largest monthly volume this year.";
    const rank = extractClaims(t, PUB).find((c) => c.kind === "rank");
    expect([rank?.partner, rank?.period]).toEqual(["VNM", "2025-08"]);
    const dated =
      "Magnet exports eased to 5,400 t in October after 5,900 t in August, which was the second-highest this year.";
    expect(extractClaims(dated, PUB).find((c) => c.kind === "rank")?.period).toBe("2025-08");
  });

  it("does not take China's customs, named as the source, for the subject of a clause", () => {
    const t = "Thailand's magnet imports from China, as tallied by Chinese customs, totalled 88 t in June.";
    expect(read(t)).toEqual([["88 t", "THA", "2025-06"]]);
    const agency =
      "Mexico's intake from China, per the Chinese customs administration, came to 64 tonnes in October.";
    expect(read(agency)).toEqual([["64 tonnes", "MEX", "2025-10"]]);
  });

  it("gives a 'with' figure the destination named alone in the clause right before it", () => {
    const t = "In October the leading takers of magnets were Vietnam, with 455 t, and Thailand, with 118 t.";
    expect(read(t).map((r) => r[1])).toEqual(["VNM", "THA"]);
    const three =
      "Top buyers in September: Korea, with 850 t, then Mexico, with 210 t, or India, with 160 t.";
    expect(read(three).map((r) => r[1])).toEqual(["KOR", "MEX", "IND"]);
  });

  it("reads 'to other countries' as the world where no destination is named, else as the rest", () => {
    expect(
      read("The country raised its magnet sales to other countries by 9% in October.").map((r) => r[1]),
    ).toEqual(["WLD"]);
    const after = "Magnet exports to Japan slipped 4% in October. Sales to other countries grew 9%.";
    expect(read(after).map((r) => r[1])).toEqual(["JPN", "ROW"]);
    expect(read("Exports to other countries in Europe grew 9% in October.").map((r) => r[1])).toEqual([
      "ROW",
    ]);
  });

  it("gives a figure after ', whose' the month named right before it", () => {
    const t = "Korea's intake dropped 9% from February, whose 610 t had been the biggest since late 2024.";
    expect(read(t).find((r) => r[0] === "610 t")?.[2]).toBe("2025-02");
  });

  it("gives a rank set in brackets beside a tonnage that tonnage's month", () => {
    const bracket =
      "Outbound magnet volumes shrank to 5,210 tonnes in October from 5,880 tonnes in July (the strongest month since early spring).";
    expect(extractClaims(bracket, PUB).find((c) => c.kind === "rank")?.period).toBe("2025-07");
    const own = "Deliveries eased to 4,300 t in November (a five-month low) after 4,950 t in September.";
    expect(extractClaims(own, PUB).find((c) => c.kind === "rank")?.period).toBe("2025-11");
    // after a comma the rank may be the main figure's: "eased to X from Y in November, the lowest since June"
    const comma = "Deliveries eased to 4,300 t in October from 4,950 t in September, the lowest since May.";
    expect(extractClaims(comma, PUB).find((c) => c.kind === "rank")?.period).toBe("2025-10");
  });

  it("gives a rank the base month when exports fell from it", () => {
    const t = "Magnet exports fell 4% in October from a nine-month high.";
    expect(extractClaims(t, PUB).find((c) => c.kind === "rank")?.period).toBe("2025-09");
  });

  it("keeps a concession's month and destination out of the main clause", () => {
    const t =
      "Despite new licence rules for buyers in Germany in March, magnet exports climbed 9% to 5,520 tonnes in October.";
    expect(read(t)).toEqual([
      ["climbed 9%", "WLD", "2025-10"],
      ["5,520 tonnes", "WLD", "2025-10"],
    ]);
    const bare = extractClaims("Despite a slump in March, magnet exports climbed 9%.", PUB);
    expect(bare.map((c) => c.period)).toEqual([null]);
    expect(bare[0]?.alternatives.map((a) => a.period)).toContain("2025-03");
  });
});

describe("the product of a noun phrase", () => {
  const series = (t: string) => extractClaims(t, { published: "2025-08-20" }).map((c) => [c.text, c.series]);

  it("is its head noun, not a product named after 'made with' or 'containing'", () => {
    expect(series("Exports of permanent magnets made with rare earths rose 75% to 5,577 t in July.")).toEqual(
      [
        ["rose 75%", "rare-earth-magnets"],
        ["5,577 t", "rare-earth-magnets"],
      ],
    );
    expect(series("Magnets containing rare earths: 5,577 t in July.")).toEqual([
      ["5,577 t", "rare-earth-magnets"],
    ]);
  });

  it("is widened by a qualifier set apart from the noun", () => {
    expect(
      series("Including powder and alloys, China's magnet exports to Japan in July recovered to 686 tons."),
    ).toContainEqual(["686 tons", "rare-earth-magnets-incl-powder-alloy"]);
  });
});

describe("a share belongs to the destination its own words name", () => {
  const share = (t: string, published = "2025-12-20") =>
    extractClaims(t, { published })
      .filter((c) => c.kind === "share" || (c.stated.type === "change" && c.stated.unit === "pp"))
      .map((c) => [c.partner, c.period, c.series, c.grounds.partner, c.grounds.series]);

  it.each([
    ["Just over a fifth of China's magnet exports in August went to Germany.", "DEU", "2025-08"],
    ["Roughly one in five magnets China exported in August was bound for Germany.", "DEU", "2025-08"],
    ["9.5% of the magnets China exported in November went to the US.", "USA", "2025-11"],
    ["The proportion for the United States stood at 9.5 per cent in November.", "USA", "2025-11"],
    ["The share of China's magnet exports going to Japan was 5% in November.", "JPN", "2025-11"],
    ["Germany's slice of the August total was 21.9%.", "DEU", "2025-08"],
    ["Exports of magnets to South Korea comprised nearly 15% of September's total.", "KOR", "2025-09"],
    ["Germany took 1,346 t in August (21.9%) and Japan 305 t in November (5%).", "JPN", "2025-11"],
    ["The US share of China's magnet exports fell 2.5 percentage points in November.", "USA", "2025-11"],
    ["The US share of China's magnet exports rose to 11% in June from 4% in May.", "USA", "2025-05"],
    [
      "The EU's share of China's magnets drifted down: from 43% in June to 37.6% in October.",
      "EU27",
      "2025-10",
    ],
    [
      "Japan's share of China's magnet exports rose to 5.0% in November, up 0.9 points from October.",
      "JPN",
      "2025-11",
    ],
  ])("%s", (text, partner, period) => {
    const last = share(text).pop();
    expect(last?.slice(0, 2)).toEqual([partner, period]);
    expect(last?.[3]).toBe("clause");
  });

  it("reads the product named inside the share's own words", () => {
    expect(share("Germany's share of China's magnet exports was 30% in September.")[0]).toEqual([
      "DEU",
      "2025-09",
      "rare-earth-magnets",
      "clause",
      "clause",
    ]);
  });

  it("offers a change as another reading of a bare percentage after a tonnage, never as support", () => {
    const [c] = extractClaims("Shipments to the US were 582 t in November, or 11%.", PUB).filter(
      (x) => x.kind === "share",
    );
    expect(c?.partner).toBe("USA");
    expect(c?.alternatives.filter((a) => a.stated?.type === "change" && a.onlyAmbiguous)).toHaveLength(4);
  });
});

describe("figures in lists and brackets", () => {
  const PUB10 = { published: "2025-10-20" };

  it("pairs a list of figures with a list of destinations of the same length, in order", () => {
    const r = extractClaims(
      "In September Germany, South Korea and Vietnam took 1,288, 854 and 444 tonnes of magnets.",
      PUB10,
    );
    expect(r.map((c) => [c.text, c.partner, c.grounds.unit])).toEqual([
      ["1,288", "DEU", "carried"],
      ["854", "KOR", "carried"],
      ["444 tonnes", "VNM", undefined],
    ]);
  });

  it("gives a month that labels a later figure to that figure only", () => {
    const r = extractClaims(
      "Magnet exports in November\nUS: 582 t (Oct: 656 t)\nJapan: 305 t (Oct: 226 t)",
      PUB,
    );
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["582 t", "2025-11"],
      ["656 t", "2025-10"],
      ["305 t", "2025-11"],
      ["226 t", "2025-10"],
    ]);
  });

  it("keeps a figure in brackets after its noun with that noun, not the destination after it", () => {
    const [c] = extractClaims(
      "China's September magnet exports (5,774 t) went mainly to Germany, South Korea and Vietnam.",
      PUB10,
    );
    expect(c?.partner).toBe("WLD");
  });
});

describe("a figure set in brackets right after a period", () => {
  it("is that period's figure, even where the period is a comparison's base", () => {
    const r = extractClaims(
      "Against September (5,774 t), shipments of magnets slipped 5.2% to 5,473 t in October.",
      PUB,
    );
    expect(r.filter((c) => c.kind === "level").map((c) => [c.text, c.period])).toEqual([
      ["5,774 t", "2025-09"],
      ["5,473 t", "2025-10"],
    ]);
    expect(
      read("Magnet exports in November were 30% above November 2024 (4,733 t).").find(
        (x) => x[0] === "4,733 t",
      )?.[2],
    ).toBe("2024-11");
  });
});

describe("a destination with its place in a ranking before its figure", () => {
  it("owns the figure ('India fifth at 416 t', 'Korea second with 854 t')", () => {
    const r = read(
      "Germany led with 1,118 tonnes in October, Japan second with 305 tonnes and India third at about 300 tonnes.",
    );
    // each place is also read as that destination's rank ("second", "third")
    expect(r.map((x) => [x[0], x[1]])).toEqual([
      ["1,118 tonnes", "DEU"],
      ["second", "JPN"],
      ["305 tonnes", "JPN"],
      ["third", "IND"],
      ["about 300 tonnes", "IND"],
    ]);
  });
});

describe("the total a destination's share is of", () => {
  it("is the world's, not the destination's", () => {
    expect(read("Japan's share of China's total 6,150 tonnes rose to about 5% in November.")[0]).toEqual([
      "6,150 tonnes",
      "WLD",
      "2025-11",
    ]);
    expect(
      read("Vietnam's slice of the 6,150 tonnes China shipped worldwide in November was 8%.")[0],
    ).toEqual(["6,150 tonnes", "WLD", "2025-11"]);
  });
});

describe("a year's change against the year before it", () => {
  it("names its base when the text names that year", () => {
    const [c] = extractClaims("China's rare earth exports in 2024 fell 6% from 2023.", PUB);
    expect(c).toMatchObject({ period: "2024-01..2024-12", grounds: { basis: "clause" }, alternatives: [] });
    const [d] = extractClaims("Full-year magnet exports were 1.3% lower than in 2024.", {
      published: "2026-01-20",
    });
    expect(d).toMatchObject({ period: "2025-01..2025-12", grounds: { basis: "clause" } });
  });
});

describe("a change between two months", () => {
  it("is the later month's against the earlier, each figure of 'from ... to ...' its own month's", () => {
    const r = extractClaims(
      "Between June and November, shipments of magnets to the EU nearly doubled, from 1,364 t to 2,568.8 t.",
      PUB,
    );
    expect(
      r.map((c) => [c.text, c.kind, c.period, c.stated.type === "change" ? c.stated.basis : null]),
    ).toEqual([
      ["nearly doubled", "change", "2025-11", "2025-06"],
      ["1,364 t", "level", "2025-06", null],
      ["2,568.8 t", "level", "2025-11", null],
    ]);
    const [c] = extractClaims("US imports of Chinese magnets fell by a third between March and April.", PUB);
    expect(c).toMatchObject({ kind: "change", period: "2025-04", stated: { basis: "mom" } });
  });

  it("gives the figure a change runs from its month even when the other end has no unit", () => {
    const r = extractClaims(
      "Between April and May, magnet exports to the US shrank from 246 tonnes to 46.",
      PUB,
    );
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["shrank", "2025-05"],
      ["246 tonnes", "2025-04"],
      ["46", "2025-05"],
    ]);
  });

  it("leaves a total over the months a span's total", () => {
    const [c] = extractClaims("Between June and November, China exported 33,321 t of magnets.", PUB);
    expect(c).toMatchObject({ kind: "ytd", period: "2025-06..2025-11" });
  });
});

describe("a destination named after its figure in German", () => {
  it("owns the figure ('582 Tonnen Magnete in die USA', 'nach Japan')", () => {
    expect(read("Im November lieferte China 582 Tonnen Magnete in die USA.")[0]?.[1]).toBe("USA");
    expect(read("Im November gingen 305 Tonnen nach Japan.")[0]?.[1]).toBe("JPN");
  });
});

describe("a period named after another figure", () => {
  it("is that figure's, not the one before it", () => {
    const r = extractClaims(
      "The month's total was the highest since January.\nJapan's intake of 305 tonnes, up 79% on October, more than doubled the 131 tonnes it received in June.",
      PUB,
    ).filter((c) => c.kind === "level");
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["305 tonnes", "2025-11"],
      ["131 tonnes", "2025-06"],
    ]);
  });
});

describe("a month naming a policy", () => {
  it("is not the month the text is on ('the April licensing regime')", () => {
    const r = extractClaims(
      "Magnet exports plunged to 1,238 tons in May, as the April licensing regime choked shipments.\nThe volume was 52.9% lower than in April.",
      { published: "2025-06-21" },
    );
    expect(r.map((c) => [c.text, c.period])).toEqual([
      ["plunged", "2025-05"],
      ["1,238 tons", "2025-05"],
      ["52.9% lower", "2025-05"],
    ]);
  });
});

describe("a figure in a 'when' clause after a month", () => {
  it("is that month's: 'well under March's 6,300 t, when India's share stood at 7%'", () => {
    const r = extractClaims(
      "Magnet outflows in October were well under March's 6,300 t, when India's share stood at 7%.",
      PUB,
    ).filter((c) => c.kind === "share");
    expect(r.map((c) => [c.text, c.partner, c.period])).toEqual([["share stood at 7%", "IND", "2025-03"]]);
  });
});

describe("a total owned by a pronoun", () => {
  it("is the destination's spoken of, not the world's: 'Their yearly total was ...'", () => {
    const r = extractClaims(
      "Indian buyers took 416 tonnes of magnets in October. Their yearly total so far was 1,156 tonnes.",
      PUB,
    );
    expect(r.map((c) => [c.text, c.partner])).toEqual([
      ["416 tonnes", "IND"],
      ["1,156 tonnes", "IND"],
    ]);
  });
});

describe("two tonnages a sentence gives one destination in one month", () => {
  it("cannot both be that month's: neither is read as certain", () => {
    const r = extractClaims("Poland's intake of magnets reached 91 t in October, set against 70 t.", PUB);
    expect(r.filter((c) => c.kind === "level").map((c) => [c.text, c.grounds.period])).toEqual([
      ["91 t", "default"],
      ["70 t", "default"],
    ]);
  });

  it("leaves one figure written twice alone", () => {
    const r = extractClaims("Poland's intake of magnets reached 91 t (about 0.09 kt) in October.", PUB);
    const levels = r.filter((c) => c.kind === "level");
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((c) => c.grounds.period === "clause")).toBe(true);
  });
});

describe("every destination but some", () => {
  it.each([
    "Supply of magnets to the rest of the world was up 4.1% in November at 5,212 t.",
    "Exports to the rest of the world climbed 4.1% to 5,212 t in November.",
    "Shipments to markets other than Germany came to 4,862 tonnes in November.",
    "Excluding the United States, magnet exports reached 5,568 t in November.",
    "Outside Japan, magnet sales abroad rose to 5,845 t in November.",
  ])("is neither the total nor the destination named, but the rest, which no series holds: %s", (text) => {
    const claims = extractClaims(text, PUB);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.partner).toBe(REST_OF_WORLD);
      expect(c.grounds.partner).toBe("default");
    }
  });

  it("leaves a product left out to its series, and a figure outside a lower-case word to its destination", () => {
    const [c] = extractClaims(
      "Magnet exports, excluding powder and alloys, reached 6,150 t in November.",
      PUB,
    );
    expect(c?.partner).toBe("WLD");
    const [d] = extractClaims(
      "Shipments to Germany outside the peak season came to 1,288 t in November.",
      PUB,
    );
    expect(d?.partner).toBe("DEU");
    const [e] = extractClaims(
      "Exports to Korea rose in every month except March, reaching 815 t in December.",
      PUB,
    );
    expect(e?.partner).toBe("KOR");
  });

  it("leaves a destination named alone as it was", () => {
    const [c] = extractClaims("Deliveries to Germany rose to 1,288 t in November.", PUB);
    expect([c?.partner, c?.grounds.partner]).toEqual(["DEU", "clause"]);
  });
});

describe("a product named in an aside set off by dashes", () => {
  const series = (t: string) => extractClaims(t, { published: "2025-10-20" }).map((c) => [c.text, c.series]);

  it.each([
    ["Shipments of rare-earth products — mostly sintered magnets — dropped 18% in September.", "dropped 18%"],
    [
      "Rare earth product exports -- including NdFeB magnets used in motors -- hit a record in September.",
      "a record",
    ],
  ])("is an example, not the subject: %s", (text, figure) => {
    expect(series(text)).toContainEqual([figure, "rare-earth-products"]);
  });

  it("leaves the subject to the product the aside follows in the next sentence too", () => {
    const claims = extractClaims(
      "Exports of rare-earth products — including magnets — reached 6,900 t in September. They had been 6,400 t in August.",
      { published: "2025-10-20" },
    );
    expect(claims.map((c) => c.series)).toEqual(["rare-earth-products", "rare-earth-products"]);
  });
});

describe("a 'with' clause on bare shipments", () => {
  it("goes on about the destination of the clause before it, as a reading that never contradicts", () => {
    const claims = extractClaims(
      "In November Japan was a bright spot, with shipments climbing to 305 t, 35% more than in October.",
      PUB,
    );
    expect(claims.map((c) => [c.text, c.partner, c.grounds.partner])).toEqual([
      ["305 t", "JPN", "carried"],
      ["35% more", "JPN", "carried"],
    ]);
  });

  it("leaves a destination the 'with' clause names itself", () => {
    const claims = extractClaims("Exports fell in November, with shipments to India sliding to 390 t.", PUB);
    expect(claims.map((c) => [c.text, c.partner])).toContainEqual(["390 t", "IND"]);
  });
});

describe("two changes in a row, each with its own base", () => {
  it.each([
    [
      "Magnet exports came to 6,146 t in August, up 10.2% from the previous month and 15.4% above August 2024.",
      "up 10.2%",
      "mom",
    ],
    [
      "Magnet exports came to 6,146 t in August, 15.4% above a year earlier and 10.2% higher than in July.",
      "15.4% above",
      "yoy",
    ],
  ])("reads the base words right after a change as its own: %s", (text, figure, basis) => {
    const c = extractClaims(text, { published: "2025-09-22" }).find((x) => x.text === figure);
    expect(c?.stated.type === "change" ? c.stated.basis : null).toBe(basis);
  });
});

describe("a month that modifies the noun a figure is of names that figure's month", () => {
  it.each([
    ["Shipments recovered in October, climbing back from the April trough of 2,626 t.", "2,626 t", "2025-04"],
    [
      "Rare earth exports slid in September, well off a June peak of 7,742.2 tonnes.",
      "7,742.2 tonnes",
      "2025-06",
    ],
    ["At 6,150 t, November fell short of its January record of 6,357 tonnes.", "6,357 tonnes", "2025-01"],
    ["Exports to the US rose in July, far above the May low of 46 t.", "46 t", "2025-05"],
  ])("%s", (text, figure, period) => {
    const c = extractClaims(text, PUB).find((x) => x.text === figure);
    expect([c?.period, c?.grounds.period]).toEqual([period, "clause"]);
  });

  it("keeps a month named after the figure's noun as the clause's ('a trough of 1,238 t in May')", () => {
    const c = extractClaims("Exports had dropped to a trough of 1,238 t in May.", PUB).find(
      (x) => x.text === "1,238 t",
    );
    expect(c?.period).toBe("2025-05");
  });
});

describe("a destination that leads a figure of its own keeps the figures said of it after that one", () => {
  it.each([
    ["In May Vietnam took 235 t and India 150 t, a drop of 40 t on April.", "drop of 40 t", "IND"],
    ["Korea received 569 t in October, and Japan 226 t, down 0.9% on the month.", "down 0.9%", "JPN"],
    [
      "Magnet exports to Germany were 1,288 t in September and to India 416 t, which was 7.2% of the total.",
      "7.2% of the total",
      "IND",
    ],
    [
      "The total reached 6,150 t in November, with Germany at 1,310 t, the US 582 t and Japan 305 t, which is 5% of the total.",
      "5% of the total",
      "JPN",
    ],
  ])("%s", (text, figure, partner) => {
    const c = extractClaims(text, PUB).find((x) => x.text === figure);
    expect(c?.partner).toBe(partner);
  });
});

describe("a month inside a later share's own words", () => {
  it("dates that share, not the tonnage before it: '..., or 9% of China's April shipments'", () => {
    const claims = extractClaims(
      "Magnet exports for January to April came to 17,600 tonnes. The Korean market absorbed 1,830 tonnes, or 9% of China's April shipments.",
      { published: "2025-06-01" },
    );
    expect(claims.map((c) => [c.text, c.period])).toEqual([
      ["17,600 tonnes", "2025-01..2025-04"],
      ["1,830 tonnes", "2025-01..2025-04"],
      ["9% of China's April shipments", "2025-04"],
    ]);
  });

  it("still dates a tonnage that names no period of its own when no share holds the month", () => {
    const claims = extractClaims("Shipments to Korea came to 610 tonnes, mostly in April.", {
      published: "2025-06-01",
    });
    expect(claims.map((c) => [c.text, c.period])).toEqual([["610 tonnes", "2025-04"]]);
  });
});

describe("a country named as a counterpart ('relations with', 'talks with', 'tensions with')", () => {
  it.each([
    "Magnet exports, long a sore point in relations with Japan, slid to 5,100 t in October.",
    "Amid tensions with Germany, magnet exports slid to 5,100 t in October.",
    "After talks with the United States stalled, magnet exports slid to 5,100 t in October.",
  ])("is no destination of the figures: %s", (text) => {
    expect(extractClaims(text, PUB).map((c) => c.partner)).toEqual(["WLD", "WLD"]);
  });

  it("leaves a destination the clause names as one: 'shipments to Japan, despite tensions with Japan'", () => {
    const claims = extractClaims(
      "Shipments to Japan rose to 280 t in October despite tensions with Japan.",
      PUB,
    );
    expect(claims.map((c) => c.partner)).toContain("JPN");
  });
});

describe("a level said of 'the following month'", () => {
  it("dates the level and the move to it a month after the month named", () => {
    const claims = extractClaims(
      "Licensing began in February, and shipments to India dropped to barely 90 tonnes the following month.",
      PUB,
    );
    expect(claims.map((c) => [c.text, c.period])).toEqual([
      ["dropped", "2025-03"],
      ["90 tonnes", "2025-03"],
    ]);
  });
});

describe("a product named as the head of a shortage", () => {
  it("is not the product the next sentence goes on about", () => {
    const claims = extractClaims(
      "Rare earth magnet exports rebounded in July. Car plants had stopped for want of supply during the rare earths shortage. Germany took 1,050 tonnes, 38% more than in June.",
      PUB,
    );
    expect(claims.filter((c) => c.partner === "DEU").map((c) => c.series)).toEqual([
      "rare-earth-magnets",
      "rare-earth-magnets",
    ]);
  });
});

describe("a rank or streak its words say is the total's is the world total's, not the destination's before", () => {
  const partnerOf = (text: string, published: string) =>
    extractClaims(text, { published })
      .filter((c) => c.kind === "rank")
      .map((c) => [c.partner, c.grounds.partner]);

  it.each([
    [
      "Japan took 305 t in November, its best month. November's total was the second-highest on record.",
      "2025-12-20",
    ],
    ["India received 416 t in October. The overall figure was the lowest since June.", "2025-11-20"],
    ["Korea got 854 t in September. That made a second straight monthly fall for the total.", "2025-10-20"],
    [
      "The US took 590 t in August. Total exports of 6,146 t were up 10.2% on July, and this was the third straight monthly rise.",
      "2025-09-20",
    ],
  ])("%s", (text, published) => {
    expect(partnerOf(text, published)).toEqual([["WLD", expect.stringMatching(/^(?:clause|sentence)$/)]]);
  });

  it("leaves a destination's own total to the destination", () => {
    expect(partnerOf("Japan's total was the highest since January.", "2025-12-20")).toEqual([
      ["JPN", "clause"],
    ]);
  });
});

describe("a destination named after a figure in words that open a part of it is the part's", () => {
  it.each([
    [
      "The value of magnet exports in November was 301.8 million dollars, of which exports to Germany were worth 60 million dollars.",
      "301.8 million dollars",
    ],
    ["Magnet exports in November were 6,150 t, of which shipments to Japan were 305 t.", "6,150 t"],
    ["Magnet exports reached 5,577 t in July, including exports to the US of 619 t.", "5,577 t"],
  ])("%s", (text, figure) => {
    expect(extractClaims(text, PUB).find((c) => c.text === figure)?.partner).toBe("WLD");
  });
});

describe("a clause with no subject of its own goes on about the owner of the figure before", () => {
  it.each([
    [
      "China sold 5,577 t in July. And Germany, Europe's biggest buyer, took 1,116 t - up 46% from June.",
      "up 46%",
      "DEU",
    ],
    [
      "China sold 5,577 t in July. Poland, the EU's fifth-biggest buyer, took 75 t - up 10% from June.",
      "up 10%",
      "POL",
    ],
  ])("past an aside that names another place: %s", (text, figure, partner) => {
    const c = extractClaims(text, { published: "2025-08-20" }).find((x) => x.text.startsWith(figure));
    expect(c?.partner).toBe(partner);
  });
});

describe("the product a figure is 'of'", () => {
  it("is that figure's own, before a product the clause named earlier", () => {
    const claims = extractClaims(
      "Over January to May, shipments of rare earths came to 26,400 t and 19,800 t of magnets.",
      { published: "2025-06-25" },
    );
    expect(claims.map((c) => [c.text, c.series])).toEqual([
      ["26,400 t", "rare-earths"],
      ["19,800 t", "rare-earth-magnets"],
    ]);
  });

  it("is never a product named only past the next figure", () => {
    const claims = extractClaims(
      "First-half exports took in 41,000 tonnes of refined oxides (+6.2%) and 18,500 tonnes of magnets (-12%).",
      { published: "2025-07-25" },
    );
    const first = claims.find((c) => c.text === "41,000 tonnes");
    expect(first?.grounds.series).not.toBe("clause");
    expect(claims.find((c) => c.text === "18,500 tonnes")?.series).toBe("rare-earth-magnets");
  });
});

describe("a subject cut off by an aside between dashes", () => {
  const partnerOf = (t: string, words: string) => {
    const c = extractClaims(t, PUB).find((x) => x.text === words);
    return [c?.partner, c?.grounds.partner];
  };

  it("is the total's when it names a product and no destination", () => {
    const t =
      "American buyers took 656 tonnes of magnets in October.\n\nOne caution: rare-earth exports — the raw materials, not the magnets — rose to 4,343.5 tonnes.";
    expect(partnerOf(t, "4,343.5 tonnes")).toEqual(["WLD", "sentence"]);
  });

  it("keeps a destination the cut-off subject names", () => {
    const t =
      "American buyers took 656 tonnes of magnets in October. Shipments to Japan — a market that had been quiet — rose to 226 tonnes.";
    expect(partnerOf(t, "226 tonnes")).toEqual(["JPN", "sentence"]);
  });
});

describe("a rank said of the level right after it", () => {
  const rank = (t: string) => {
    const c = extractClaims(t, PUB).find((x) => x.kind === "rank");
    return [c?.series, c?.partner, c?.grounds.series, c?.grounds.partner];
  };

  it.each([
    ["China shipped a record 852 tonnes of rare-earth magnets to the United States in November.", "USA"],
    ["Beijing sent a record 1,346 t of magnets to Germany in August.", "DEU"],
    ["China exported a record 6,357 tonnes of magnets in January.", "WLD"],
  ])("takes that level's product and destination: %s", (t, partner) => {
    expect(rank(t)).toEqual(["rare-earth-magnets", partner, "clause", "clause"]);
  });
});
