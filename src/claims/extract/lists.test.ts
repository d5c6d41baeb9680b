// Partner per clause and lists, as the press writes them (wire, trade press, notes, posts;
// paraphrased): each figure belongs to the destination of its own part of the sentence, a list of
// names parallel to a list of figures pairs them in order, and a month in brackets is its figure's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { parallelPartners } from "./parallel-lists.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-01-20" }).map((c) => `${c.text} ${c.partner} ${c.period}`);

describe("each figure takes its own destination and month", () => {
  it.each([
    [
      "Germany took 1,116 tonnes in July, trailed by the US at 619 tonnes and India at 418 tonnes.",
      ["1,116 tonnes DEU 2025-07", "619 tonnes USA 2025-07", "418 tonnes IND 2025-07"],
    ],
    [
      "In July, shipments to Germany were 1,116 tonnes, the US 619 tonnes and Japan 232 tonnes.",
      ["1,116 tonnes DEU 2025-07", "619 tonnes USA 2025-07", "232 tonnes JPN 2025-07"],
    ],
    [
      "Exports to Germany rose to 1,116 tonnes in July, while those to the US climbed 75.5% to 619 tonnes.",
      ["rose DEU 2025-07", "1,116 tonnes DEU 2025-07", "climbed 75.5% USA 2025-07", "619 tonnes USA 2025-07"],
    ],
    [
      "South Korea, the second largest, saw an 84.5% increase to 854 tons in September, while Vietnam, ranking third, rose 18.3% to 456 tons.",
      [
        "the second largest KOR 2025-09",
        "an 84.5% increase KOR 2025-09",
        "854 tons KOR 2025-09",
        "ranking third VNM 2025-09",
        "rose 18.3% VNM 2025-09",
        "456 tons VNM 2025-09",
      ],
    ],
    [
      "Top buyers in October: Germany 1,118 t, South Korea 569 t, Vietnam 444 t, India 416 t.",
      ["1,118 t DEU 2025-10", "569 t KOR 2025-10", "444 t VNM 2025-10", "416 t IND 2025-10"],
    ],
    ["RE magnet exports to JPN hit 305 t in Nov, USA 582 t.", ["305 t JPN 2025-11", "582 t USA 2025-11"]],
    [
      "Nov RE magnet exports: JPN 305 t (+35% MoM), USA 582 t (-11.3% MoM).",
      ["305 t JPN 2025-11", "+35% JPN 2025-11", "582 t USA 2025-11", "-11.3% USA 2025-11"],
    ],
    [
      "Destinations, Oct: DEU 1,118 t | KOR 569 t | VNM 444 t | IND 416 t",
      ["1,118 t DEU 2025-10", "569 t KOR 2025-10", "444 t VNM 2025-10", "416 t IND 2025-10"],
    ],
    [
      "In October, India received 416 tonnes and Vietnam 444 tonnes, while Japan got 226 tonnes.",
      ["416 tonnes IND 2025-10", "444 tonnes VNM 2025-10", "226 tonnes JPN 2025-10"],
    ],
    [
      "Japan's intake rose to 305 tonnes in November from 226 tonnes, and the US's slipped to 582 tonnes.",
      [
        "rose JPN 2025-11",
        "305 tonnes JPN 2025-11",
        "226 tonnes JPN 2025-10",
        "slipped USA 2025-11",
        "582 tonnes USA 2025-11",
      ],
    ],
    [
      "China sent 619 tonnes to the United States in July, 75.5% more than in June.",
      ["619 tonnes USA 2025-07", "75.5% more USA 2025-07"],
    ],
    [
      "Among major buyers, Germany (1,118 t), South Korea (569 t) and India (416 t) led in October.",
      ["1,118 t DEU 2025-10", "569 t KOR 2025-10", "416 t IND 2025-10"],
    ],
    [
      "Shipments to the US, Japan and Germany were 656 t, 226 t and 1,118 t respectively in October.",
      ["656 t USA 2025-10", "226 t JPN 2025-10", "1,118 t DEU 2025-10"],
    ],
    [
      "Japan and the US took 305 tonnes and 582 tonnes, respectively, in November.",
      ["305 tonnes JPN 2025-11", "582 tonnes USA 2025-11"],
    ],
    [
      "Germany, South Korea and Vietnam took 1,288 t, 854 t and 456 t in September.",
      ["1,288 t DEU 2025-09", "854 t KOR 2025-09", "456 t VNM 2025-09"],
    ],
    [
      "656 t, 226 t and 1,118 t went to the US, Japan and Germany in October.",
      ["656 t USA 2025-10", "226 t JPN 2025-10", "1,118 t DEU 2025-10"],
    ],
    [
      "In September Germany took 1,288 tonnes; South Korea, 854 tonnes; and Vietnam, 456 tonnes.",
      ["1,288 tonnes DEU 2025-09", "854 tonnes KOR 2025-09", "456 tonnes VNM 2025-09"],
    ],
    [
      "September destinations: Germany — 1,288 t; South Korea — 854 t; Vietnam — 456 t; US — 420.5 t.",
      ["1,288 t DEU 2025-09", "854 t KOR 2025-09", "456 t VNM 2025-09", "420.5 t USA 2025-09"],
    ],
    [
      "Of the 6,150 tonnes shipped in November, 582 tonnes went to the US and 305 tonnes to Japan.",
      ["6,150 tonnes WLD 2025-11", "582 tonnes USA 2025-11", "305 tonnes JPN 2025-11"],
    ],
    [
      "Exports to Japan (305 t) and the US (582 t) diverged in November.",
      ["305 t JPN 2025-11", "582 t USA 2025-11"],
    ],
    ["US: 582 t (Nov), 656 t (Oct)", ["582 t USA 2025-11", "656 t USA 2025-10"]],
    [
      "Shipments to India were 150 t in May, 172 t in June and 418 t in July.",
      ["150 t IND 2025-05", "172 t IND 2025-06", "418 t IND 2025-07"],
    ],
    [
      "Germany's intake went from 764 t in June to 1,116 t in July and 1,346 t in August.",
      ["764 t DEU 2025-06", "1,116 t DEU 2025-07", "1,346 t DEU 2025-08"],
    ],
    [
      "NdFeB magnet exports to the US: Sept 420.5 t, Oct 656 t, Nov 582 t.",
      ["420.5 t USA 2025-09", "656 t USA 2025-10", "582 t USA 2025-11"],
    ],
    [
      "Exports of rare earth magnets to South Korea totalled 854 tons in September, to Vietnam 456 tons and to the United States 420.5 tons.",
      ["854 tons KOR 2025-09", "456 tons VNM 2025-09", "420.5 tons USA 2025-09"],
    ],
    [
      "Exports to Germany, the largest recipient, fell 4.3% to 1,288 tonnes in September.",
      ["the largest recipient DEU 2025-09", "fell 4.3% DEU 2025-09", "1,288 tonnes DEU 2025-09"],
    ],
    [
      "Magnet exports to the EU climbed to 2,568.8 tonnes in November, up 24.7% on the month.",
      ["2,568.8 tonnes EU27 2025-11", "up 24.7% EU27 2025-11"],
    ],
    [
      "Shipments to Japan rose 35% to 305 tonnes in November, while the total climbed 12.4% to 6,150 tonnes.",
      [
        "rose 35% JPN 2025-11",
        "305 tonnes JPN 2025-11",
        "climbed 12.4% WLD 2025-11",
        "6,150 tonnes WLD 2025-11",
      ],
    ],
    [
      "By country, Germany remained the biggest destination in July with 1,116 tons, up 46% from June.",
      ["remained the biggest destination DEU 2025-07", "1,116 tons DEU 2025-07", "up 46% DEU 2025-07"],
    ],
    [
      "Outbound shipments to the United States jumped 75.5% in July to 619 tons.",
      ["jumped 75.5% USA 2025-07", "619 tons USA 2025-07"],
    ],
    ["The US took 582 t in November (656 t in October).", ["582 t USA 2025-11", "656 t USA 2025-10"]],
    [
      "Shipments to Vietnam (444 t) and India (416 t) were close in October.",
      ["444 t VNM 2025-10", "416 t IND 2025-10"],
    ],
    [
      "Germany 1,106 t (Nov: n/a), South Korea 815 t and Vietnam 509 t were the top three in December.",
      ["1,106 t DEU 2025-12", "815 t KOR 2025-12", "509 t VNM 2025-12"],
    ],
    [
      "U.S.-bound shipments fell 11% to 582 tonnes in November.",
      ["fell 11% USA 2025-11", "582 tonnes USA 2025-11"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("parallelPartners", () => {
  const spans = (s: string, words: string[]) =>
    words.map((w) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length, kind: "level" }));

  it("pairs two lists of the same length in order, in either order", () => {
    const s = "Germany, South Korea and Vietnam took 1,288 t, 854 t and 456 t.";
    const got = parallelPartners(s, spans(s, ["1,288 t", "854 t", "456 t"]));
    expect([...got.values()].map((p) => p.partner)).toEqual(["DEU", "KOR", "VNM"]);
    const back = "656 t and 226 t went to the US and Japan.";
    expect(
      [...parallelPartners(back, spans(back, ["656 t", "226 t"])).values()].map((p) => p.partner),
    ).toEqual(["USA", "JPN"]);
  });

  it("pairs nothing when the lists differ in length or something else stands between them", () => {
    const s = "Germany and Japan took 1,288 t, 854 t and 456 t.";
    expect(parallelPartners(s, spans(s, ["1,288 t", "854 t", "456 t"])).size).toBe(0);
    const t = "Germany and Japan led, while total exports were 6,146 t and 5,774 t in August and September.";
    expect(parallelPartners(t, spans(t, ["6,146 t", "5,774 t"])).size).toBe(0);
  });
});

describe("what stands between a figure and its words", () => {
  const read2 = (t: string, published: string) =>
    extractClaims(t, { published }).map((c) => `${c.text} ${c.partner} ${c.period}`);

  it("gives a month after a figure set against another to that other figure", () => {
    expect(read2("Magnet exports, June: 3,188t.\nUS: 353t vs 46t in May.", "2025-07-20")).toEqual([
      "3,188t WLD 2025-06",
      "353t USA 2025-06",
      "46t USA 2025-05",
    ]);
  });

  it("reads a destination in an aside about another as naming nothing", () => {
    expect(
      read2(
        "China's magnet shipments to Germany, home to Europe's biggest carmakers, were 1,288 tonnes in September.",
        "2025-10-22",
      ),
    ).toEqual(["1,288 tonnes DEU 2025-09"]);
  });
});

describe("a list item that leads with its figure", () => {
  const read = (t: string) =>
    extractClaims(t, { published: "2026-01-25" }).map((c) => [
      c.text,
      c.partner,
      c.period,
      c.grounds.partner,
    ]);

  it("takes its destination and month from the words after the figure", () => {
    const t =
      "Numbers of the magnet year 2025\n1. 6,357 t: January's magnet exports.\n2. 46 t: US magnet shipments in April 2025.\n3. 12: months of data.\n4. 1,346 t: Germany's magnet intake in August.\n5. 57,392 t: full-year magnet exports.";
    expect(read(t)).toEqual([
      ["6,357 t", "WLD", "2025-01", "clause"],
      ["46 t", "USA", "2025-04", "clause"],
      ["1,346 t", "DEU", "2025-08", "clause"],
      ["57,392 t", "WLD", "2025-01..2025-12", "clause"],
    ]);
  });

  it("reads the words after a dash as the figure's own", () => {
    const t =
      "Ten numbers of China's magnet trade in 2025\n1. 1,238 t - May, a low.\n2. 46 t - what the US got in May.";
    expect(read(t)).toEqual([
      ["1,238 t", "WLD", "2025-05", "default"],
      ["46 t", "USA", "2025-05", "clause"],
    ]);
  });

  it("reads a figure its words call a gain or a drop as a change in tonnes, not a level over the span", () => {
    const t =
      "Magnet trade in numbers\n- 677 t: the monthly gain in total shipments between October and November\n2. 74 t - the drop in US-bound cargoes between October and November";
    const got = extractClaims(t, { published: "2025-12-20" }).map((c) => [
      c.kind,
      c.stated.type === "change" ? `${c.stated.pct} ${c.stated.unit}` : null,
      c.partner,
      c.period,
    ]);
    expect(got).toEqual([
      ["change", "677 t", "WLD", "2025-11"],
      ["change", "-74 t", "USA", "2025-11"],
    ]);
  });
});

describe("a list item led by a share, its description set apart by a dash", () => {
  it("reads the share of the destination and month the description names", () => {
    const r = extractClaims("Figures of the year\n3. 18.6% - the German share in December.", {
      published: "2026-01-20",
    });
    expect(r.map((c) => [c.kind, c.partner, c.period, c.text])).toEqual([
      ["share", "DEU", "2025-12", "18.6%"],
    ]);
  });
});

describe("a clause that leaves its verb to the clause before", () => {
  it("reads 'and in April by a further 25 t' as a change the same way, of its own month", () => {
    const r = extractClaims(
      "Arrivals in Vietnam slid by 40 t in March to 416 t, and in April by a further 25 t, a second fall.",
      { published: "2025-05-20" },
    );
    const c = r.find((x) => x.text.includes("25 t"));
    expect([c?.kind, c?.period, c?.partner, c?.stated.type === "change" && c.stated.pct]).toEqual([
      "change",
      "2025-04",
      "VNM",
      -25,
    ]);
  });
});

describe("a numbered list whose item leads with a count", () => {
  it("reads the count and the words after it as the item's streak, of what those words name", () => {
    const colon = read(
      "The year in numbers\n1. 12%: the US share of the total in November.\n2. 3: successive monthly increases in overall magnet shipments through August.",
    );
    expect(colon.pop()).toBe("3: successive monthly increases WLD 2025-08");
    const dashed = read(
      "The year in numbers\n1. 854 t - what South Korea took in September.\n2. 3 - successive monthly increases in overall magnet shipments through August.",
    );
    expect(dashed.pop()).toBe("3 - successive monthly increases WLD 2025-08");
  });
});

describe("a list of levels with each month's change in brackets", () => {
  it("reads the level and the change in the heading's unit, the change on the month before", () => {
    const t = "JAPAN-BOUND MAGNETS, 2025 (t, monthly change in brackets)\n- Sep: 228 (-4)\n- Oct: 226 (-2)";
    const r = extractClaims(t, { published: "2025-11-20" }).map((c) => [
      c.kind,
      c.partner,
      c.period,
      c.stated.type === "change" ? [c.stated.pct, c.stated.unit, c.stated.basis] : c.text,
    ]);
    expect(r).toEqual([
      ["level", "JPN", "2025-09", "228"],
      ["change", "JPN", "2025-09", [-4, "t", "mom"]],
      ["level", "JPN", "2025-10", "226"],
      ["change", "JPN", "2025-10", [-2, "t", "mom"]],
    ]);
  });
});

describe("a figure first, its unit in the words after the dash", () => {
  it("reads 'N - tonnes lost between X and Y' as the later month's change in tonnes", () => {
    const t =
      "The numbers\n\n404 - tonnes lost between March and April.\n212 - tonnes gained between April and May.";
    const r = extractClaims(t, { published: "2025-06-20" }).map((c) => [
      c.kind,
      c.period,
      c.stated.type === "change" ? [c.stated.pct, c.stated.unit, c.stated.basis] : c.text,
    ]);
    expect(r).toEqual([
      ["change", "2025-04", [-404, "t", "mom"]],
      ["change", "2025-05", [212, "t", "mom"]],
    ]);
  });
});

describe("a figure before a dash and a change that states its own amount", () => {
  it("keeps the figure a level: '5,300 t - an increase of 9%' is not a change of 5,300 t", () => {
    const t =
      "Korea's intake\n\n- 854 t - an increase of 21% on August, in September.\n- 569 t: a fall of about 285 t, in October.";
    const r = extractClaims(t, { published: "2025-11-20" }).map((c) => [c.kind, c.text]);
    expect(r).toEqual([
      ["level", "854 t"],
      ["change", "increase of 21%"],
      ["level", "569 t"],
      ["change", "fall of about 285 t"],
    ]);
  });
});

describe("a share said as a bare percentage, read from the figure or share beside it", () => {
  const shares = (t: string, published: string) =>
    extractClaims(t, { published })
      .filter((c) => c.kind === "share" && c.stated.type === "share")
      .map((c) => [c.text, c.partner, c.period, c.stated.type === "share" ? c.stated.pct : null]);

  it("reads 'so about N%' and 'i.e. roughly N%' after a destination's tonnage as its share", () => {
    expect(
      shares(
        "India took 418 t of magnets in July, so about 7.5%, and Japan 232 t, i.e. roughly 4%.",
        "2025-08-20",
      ),
    ).toEqual([
      ["about 7.5%", "IND", "2025-07", 7.5],
      ["roughly 4%", "JPN", "2025-07", 4],
    ]);
  });

  it("reads a destination and a percentage alone, after a share in the same sentence, as a share", () => {
    expect(
      shares(
        "In October Germany held the largest slice of magnet exports at 20.4%; South Korea 10.4%.",
        "2025-11-20",
      ),
    ).toEqual([
      ["20.4%", "DEU", "2025-10", 20.4],
      ["10.4%", "KOR", "2025-10", 10.4],
    ]);
    // without a share before it, "Japan 9.5%" says nothing of what the percentage is
    expect(shares("Magnet exports in October: Germany 1,118 t; Japan 9.5%.", "2025-11-20")).toEqual([]);
  });

  it("reads the value a share moved from, with its own month, as that month's share", () => {
    expect(
      shares("Japan took about 5% of the total in November, up from 4.1% in October.", "2025-12-20"),
    ).toEqual([
      ["about 5% of the total", "JPN", "2025-11", 5],
      ["from 4.1%", "JPN", "2025-10", 4.1],
    ]);
    // a percentage moved from with no month of its own is left alone here
    expect(
      shares("Japan took about 5% of the total in November, up from 4.1%.", "2025-12-20").map((s) => s[0]),
    ).toEqual(["about 5% of the total"]);
  });

  it("reads 'a fifth of that went to X' as X's share of the figure just named", () => {
    expect(
      shares(
        "China shipped 5,473 t of magnets in October, and roughly a fifth of that, about 1,100 t, went to Germany.",
        "2025-11-20",
      ),
    ).toEqual([["roughly a fifth of that, about 1,100 t, went to", "DEU", "2025-10", 20]]);
    expect(shares("Just over a fifth went to Germany in October.", "2025-11-20")).toEqual([
      ["Just over a fifth went to", "DEU", "2025-10", 20],
    ]);
  });
});
