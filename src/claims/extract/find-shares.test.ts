// Shares against the words that look like them: a fraction of the year is a span, and a share of
// production is not a share of exports.
import { describe, expect, it } from "vitest";
import { findChanges } from "./find-changes.js";
import { SHARE_PATTERNS, findShareValues, findShares, sharePatternsFor } from "./find-shares.js";
import { extractClaims } from "./extract-claims.js";

const pcts = (clause: string) => findShares(clause).map((h) => h.pct);

describe("findShares", () => {
  it.each([
    ["the US took second and South Korea took third", []],
    ["Vietnam took fifth, behind India", []],
    ["South Korea took a third", [100 / 3]],
    ["Germany took about a fifth", [20]],
    ["Germany took half", [50]],
    ["the two took two-thirds", [200 / 3]],
  ])("reads a place after a verb of taking as no fraction: %s", (clause, expected) => {
    expect(pcts(clause).map((p) => Math.round(p))).toEqual(expected.map((p) => Math.round(p)));
  });

  it.each([
    "Magnet exports in the first half of 2025 totalled 22,000 tonnes.",
    "Exports in the first three quarters of 2025 fell 10%.",
    "In the last quarter of the year shipments rose 5%.",
    "Shipments in the first quarter of 2026 were flat.",
  ])("reads no share in %s", (clause) => {
    expect(pcts(clause)).toEqual([]);
  });

  it.each([
    "China accounts for 70% of global rare earth production.",
    "The country holds a third of the world's reserves.",
    "China makes up 90% of the world's magnet output.",
  ])("reads a share of production as such, not of exports: %s", (clause) => {
    expect(findShares(clause).map((h) => h.of)).toEqual(["production"]);
  });

  it.each([
    "Buyers in Germany paid for roughly 18% of the total value of the month's magnet shipments.",
    "By dollar value, the United States took about 9% of the total.",
    "Korea's slice was 7% by value in October.",
    "In value terms, the EU bought 35% of the magnets in November.",
    "Japan made up a tenth of export earnings from magnets that month.",
  ])("reads a share of what the exports were worth as a share of their value: %s", (clause) => {
    expect(findShares(clause).map((h) => h.measure)).toEqual(["value"]);
  });

  it("reads a share of a total stated in money as a share of the value", () => {
    const hits = findShares(
      "Sales to Korea came to $31 million, a little over 10% of the $301.8 million total.",
    );
    expect(hits.map((h) => [h.pct, h.measure])).toEqual([[10, "value"]]);
  });

  it("reads a fraction of the same month's tonnage as a share of it", () => {
    const hits = pcts("Korea received 854 t that month, close to a seventh of that month's 5,774 t.");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toBeCloseTo(100 / 7, 6);
  });

  it.each([
    "Germany took 18% of the tonnage, its highest share this year.",
    "Korea's slice was 7% of the volume, and the value per tonne rose.",
    "The US share was 9.5%, with shipments valued at US$26.74 million.",
  ])("keeps a share of the tonnage one of the tonnage: %s", (clause) => {
    const hits = findShares(clause);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.measure)).toEqual(hits.map(() => undefined));
  });

  it.each([
    ["Half of 2025's magnet exports went to Germany.", 50],
    ["A quarter of all shipments went to the US in November.", 25],
    ["Germany accounted for 15% of China's magnet exports in November.", 15],
  ])("still reads the share in %s", (clause, pct) => {
    expect(pcts(clause)).toEqual([pct]);
  });

  it.each([
    "The 46 tons sent to the US in May were roughly a tenth of April's volume.",
    "That is less than a tenth of the 689 tonnes it sent us in May of last year.",
    "US volumes fell to 46 tonnes, roughly one-fifteenth of the 689 tonnes shipped in May 2024.",
  ])("reads a fraction of another period's figure as a ratio, not a share: %s", (clause) => {
    expect(pcts(clause)).toEqual([]);
    expect(findChanges(clause).filter((c) => c.pct < -80)).toHaveLength(1);
  });

  it.each([
    "Exports to Japan were about a third of the volume shipped to the US.",
    "Japan got roughly a fifth of the tonnage that went to Germany.",
    "Korea's intake was 52% of the US volume.",
  ])("reads a fraction of another destination's amount as a ratio, not a share: %s", (clause) => {
    expect(pcts(clause)).toEqual([]);
  });

  it.each([
    "Shipments to Poland lost a quarter of their volume in the autumn.",
    "Korean intake shed about half of its tonnage in October.",
  ])("reads a fraction of the subject's own size as how much it moved, not a share: %s", (clause) => {
    expect(pcts(clause)).toEqual([]);
    expect(findChanges(clause).filter((c) => c.pct < 0)).toHaveLength(1);
  });

  it.each([
    ["Germany took a fifth of April's exports.", 20],
    ["Germany took about a fifth of the 6,146 t shipped in August.", 20],
  ])("still reads a share taken of a period's total: %s", (clause, pct) => {
    expect(pcts(clause)).toEqual([pct]);
  });

  it("keeps an export share next to a production share in the same clause", () => {
    const hits = findShares(
      "China makes 90% of the world's magnet output, and Germany took 15% of its exports.",
    );
    expect(hits.map((h) => [h.pct, h.of])).toEqual([
      [90, "production"],
      [15, undefined],
    ]);
  });

  // the pattern for a part of another period's figure runs only where such a figure is named; these
  // read the same as when it ran on every fraction and percentage
  it.each([
    ["Shipments to Japan came to about a tenth of their March volume.", []],
    ["Sales to Italy were barely a fifth of last month's.", []],
    ["Sales abroad were 40% of the level in June.", []],
    ["Exports dipped to a third of the previous year's.", []],
    ["Japan took roughly a quarter of the 2,400 tonnes shipped that month.", [25]],
    ["Italy received a fifth of the total.", [20]],
    ["Korea took 40% of the month's total.", [40]],
  ])("reads a part of another period's figure as no share: %s", (clause, expected) => {
    expect(pcts(clause)).toEqual(expected);
  });
});

// How reporters state a destination's share of China's exports: each wording with the share it
// states, in percent. Written for these tests, in the styles of wire copy, trade notes and blogs.
describe("findShares, shares as reporters write them", () => {
  it.each([
    ["Germany accounted for 21.9% of China's magnet exports", 21.9],
    ["shipments to Germany made up nearly 22% of the August total", 22],
    ["Germany's slice of the August total was 21.9%", 21.9],
    ["the German portion of the total stood at 21.9 percent", 21.9],
    ["just over a fifth of China's magnet exports went to Germany", 20],
    ["roughly one in five magnets China exported was bound for Germany", 20],
    ["about 1 in 5 magnets ended up in Germany", 20],
    ["Germany's share rose to 22.3% in September", 22.3],
    ["the United States absorbed 9.5 per cent of the November total", 9.5],
    ["the US took less than a tenth of China's shipments", 10],
    ["nearly one in every ten tonnes went to the United States", 10],
    ["Japan received 5% of China's magnet exports", 5],
    ["Japan's 305 t represented about 5% of the total", 5],
    ["with the 582 tonnes it bought accounting for 9.5 per cent of exports", 9.5],
    ["America's share slid to 9.5pc", 9.5],
    ["US-bound shipments were 9.5% of the November total", 9.5],
    ["sales to Japan equalled 5 percent of all shipments", 5],
    ["exports to South Korea comprised nearly 15% of September's total", 15],
    ["Germany, the top buyer, had a 22% share", 22],
    ["Germany held a 22.3 per cent share", 22.3],
    ["9.5% of the magnets China exported in November went to the US", 9.5],
    ["the proportion for the United States stood at 9.5 per cent", 9.5],
    ["South Korea's piece of the pie was 14.8%", 14.8],
    ["the US share in May was a mere 3.7%", 3.7],
    ["the US took only 3.7% of China's magnet exports", 3.7],
    ["China sent 14.8 per cent of its September magnet exports to South Korea", 14.8],
    ["Germany's share of the total in August: 21.9%", 21.9],
    ["Germany took 1,346 t, or 21.9%", 21.9],
    ["South Korea 854t, nearly 15%", 15],
    ["Germany 1,346 t (21.9%)", 21.9],
    ["Germany took 1,106t, or 18.6% of December's volume", 18.6],
    ["Japan accounted for one in twenty of the magnets", 5],
    ["a little under a tenth of China's November exports went to the US", 10],
    ["fifteen percent of all shipments went to South Korea", 15],
    ["making up 12% of all shipments", 12],
    ["its portion of the total stood at 6.1 percent", 6.1],
  ])("reads %s", (clause, pct) => {
    expect(pcts(clause)).toEqual([pct]);
  });

  it("reads the destinations listed after a share, each with its own percentage, as shares too", () => {
    const clause =
      "Of October's exports, the US accounted for 12 pc, Germany 20.4 pc, South Korea about 10.4 pc and India 7.6 pc, up 3% on the month";
    expect(findShares(clause).map((h) => [clause.slice(h.start, h.end), h.pct])).toEqual([
      ["accounted for 12 pc", 12],
      ["Germany 20.4 pc", 20.4],
      ["South Korea about 10.4 pc", 10.4],
      ["India 7.6 pc", 7.6],
    ]);
    expect(pcts("Germany took a fifth, up 3% on the month")).toEqual([20]);
  });

  it("reads the same destination's share in another month, and shares in a note's shorthand", () => {
    expect(pcts("The EU took 43% of China's magnet exports in June and 38% in July")).toEqual([43, 38]);
    expect(pcts("The EU took 43% of China's magnet exports in June and 38% more in July")).toEqual([43]);
    expect(pcts("US shr 9.6% vs 11.1% in Jul")).toEqual([9.6, 11.1]);
    expect(pcts("DE 1,346t (+25% MoM), 21.9% shr")).toEqual([21.9]);
    expect(pcts("roughly one tonne in ten of the total")).toEqual([10]);
    expect(pcts("nearly two tonnes in five")).toEqual([40]);
    expect(pcts("Korea took 854t, almost 15% of everything")).toEqual([15]);
  });

  it.each([
    ["India's share stood at 7.6 pc in October, against 12.1 pc in May", [7.6, 12.1]],
    [
      "America's slice of the total narrowed to 9.5 per cent, from almost 12 per cent a month before",
      [9.5, 12],
    ],
    // the share it moved from is read too; the reader gives it the month before, as a guess
    ["the US share fell to 9.5% from 12.0%", [9.5, 12]],
  ])("reads the earlier share set beside the current one: %s", (clause, want) => {
    expect(pcts(clause)).toEqual(want);
  });

  it("marks a bare percentage after a tonnage, which may also be a change", () => {
    expect(findShares("Germany took 1,346 t, or 21.9%")[0]?.afterLevel).toBe(true);
    expect(findShares("Germany took 21.9% of the total")[0]?.afterLevel).toBeUndefined();
    expect(findShares("Germany took 1,346 t, 21.9% more than in July")).toEqual([]);
  });

  it("reads a hedged fraction closing the sentence after a tonnage as that part's share, which may also be a change", () => {
    const hits = findShares("Germany took 1,116 tonnes of China's July magnet exports, about a fifth.");
    expect(hits.map((h) => [h.pct, h.hedge, h.afterLevel])).toEqual([[20, "about", true]]);
    expect(findShares("Germany took 1,116 tonnes of the July exports, a fifth.")).toEqual([]);
    expect(findShares("Germany took 1,116 tonnes, about a third more than in June.")).toEqual([]);
  });
});

describe("findShareValues", () => {
  const values = (clause: string) => findShareValues(clause, findChanges(clause)).map((h) => h.pct);

  it.each([
    [
      "The EU's share has drifted down: from almost 43% in June to 38.4% in July and 37.6% in October",
      [43, 38.4, 37.6],
    ],
    ["India's share climbed 2.1 percentage points to 7.5 per cent in July", [7.5]],
    ["exports fell 3.2 per cent, with the US share holding at 9.5 per cent", [9.5]],
    ["Shares of October's total: Germany 20.4%, US 12.0%, Korea 14.8%", [20.4, 12, 14.8]],
    ["Germany's share edged up 0.4pp to 22.3%", [22.3]],
  ])("reads the values of the share in %s", (clause, pcts) => {
    expect(values(clause)).toEqual(pcts);
  });

  it.each([
    "Japan's share was 5% in November, up from 4.1%",
    "its share rose as shipments jumped 35% on the month",
    "the share rose while exports were 12% higher than a year earlier",
    "exports rose 12%, and the US share was steady",
  ])("leaves changes, comparisons and bases without a month alone: %s", (clause) => {
    expect(values(clause).filter((p) => p !== 5)).toEqual([]);
  });
});

describe("a share that moves past a bound", () => {
  const read = (clause: string) => {
    const shares = findShares(clause).map((h) => [h.pct, h.hedge]);
    const changes = findChanges(clause).filter(
      (c) => !findShares(clause).some((s) => c.start < s.end && c.end > s.start),
    );
    return { shares, changes: changes.length };
  };

  it.each([
    ["Japan's slice of the total dropped below 5% in October", 5, "less_than"],
    ["By November the Korean share had sunk under 14 per cent", 14, "less_than"],
    ["In October the proportion bound for the US climbed above 12%", 12, "more_than"],
    ["The share taken by India topped 7% in July", 7, "more_than"],
    ["Germany's portion surpassed a fifth of the total in August", 20, "more_than"],
  ])("is the share's level with that bound, not a change: %s", (clause, pct, hedge) => {
    expect(read(clause)).toEqual({ shares: [[pct, hedge]], changes: 0 });
  });

  it("leaves a change in a share's clause alone when no bound is named", () => {
    expect(findShares("the US share rose as exports climbed 12% on the month")).toEqual([]);
  });
});

describe("a share a list item leads with, then describes", () => {
  it.each([
    ["9. 18.6%: the German share of December's magnet exports", 18.6],
    ["4) 5% - Japan's slice of the November total", 5],
  ])("reads %s", (clause, pct) => {
    expect(pcts(clause)).toEqual([pct]);
  });

  it("leaves a percentage described as a change alone", () => {
    expect(pcts("4. 75%: the month-on-month jump in US shipments in October")).toEqual([]);
  });
});

describe("a share noun with a fraction for its value", () => {
  it.each([
    ["That left the Japanese share at just under a twentieth", 5, "just_under"],
    ["the Korean portion of September shipments was roughly a sixth", 16.67, "about"],
    [
      "India's slice of the worldwide total, which came to 5.473 kilotonnes, was a little over a twelfth",
      8.33,
      "just_over",
    ],
    ["the US proportion is about a tenth", 10, "about"],
    ["the country's slice of the total shrank to a bit under a tenth", 10, "just_under"],
    ["the German share grew to a little over a fifth", 20, "just_over"],
  ])("reads %s", (clause, pct, hedge) => {
    expect(findShares(clause).map((h) => [Math.round(h.pct * 100) / 100, h.hedge])).toEqual([[pct, hedge]]);
  });
});

describe("a percentage that names a move after a share verb", () => {
  it.each([
    [
      "Shipments to Korea fell to 569 t in October. That represents a 33.4% drop from September.",
      "a 33.4% drop",
    ],
    ["India took 390 t in August, representing an 8% year-on-year increase.", "an 8% year-on-year increase"],
  ])("is a change, not a share: %s", (text, words) => {
    const claims = extractClaims(text, { published: "2025-11-20" });
    expect(claims.filter((c) => c.kind === "share")).toEqual([]);
    expect(claims.map((c) => [c.kind, c.text])).toContainEqual(["change", words]);
  });
});

describe("shares said with a plain verb, restated in brackets, or set against another month", () => {
  const shares = (text: string) =>
    extractClaims(text, { published: "2025-12-15" })
      .filter((c) => c.kind === "share")
      .map((c) => `${c.partner} ${c.period} ${c.stated.type === "share" ? c.stated.pct : ""}`);

  it.each([
    ["In September Vietnam gets 9 percent of the magnets.", ["VNM 2025-09 9"]],
    ["India got about 7% in October.", ["IND 2025-10 7"]],
    // a fraction restated to the decimal in brackets
    [
      "Korea took 1,420 t in September, close to a quarter of the total (24.6%).",
      ["KOR 2025-09 25", "KOR 2025-09 24.6"],
    ],
    [
      "In October Germany accounted for a fifth of all shipments (or 20.4 per cent).",
      ["DEU 2025-10 20", "DEU 2025-10 20.4"],
    ],
    // a share spoken of before, taken up for a destination with its months set against each other
    [
      "Germany's share slipped to 20.4% in October. For India, 7.6% in October versus 6.9% in September.",
      ["DEU 2025-10 20.4", "IND 2025-10 7.6", "IND 2025-09 6.9"],
    ],
  ])("reads %s", (text, want) => {
    expect(shares(text)).toEqual(want);
  });

  it.each([
    // a percentage in brackets after a share that is a change, or a price's
    "Korea took a seventh of the total (up 3% on the month).",
    // a destination taken up without a share spoken of before
    "Exports rose in October. For India, 7.6% in October versus 6.9% in September.",
    "Buyers got a 5% discount in May.",
  ])("reads no further share in %s", (text) => {
    expect(shares(text).length).toBeLessThanOrEqual(1);
    expect(shares(text).every((s) => !/ (?:3|7\.6|6\.9|5)$/.test(s))).toBe(true);
  });
});

describe("a share of another country's imports", () => {
  it.each([
    "China's share of Japan's magnet imports fell to 61% last year.",
    "Chinese magnets made up 80% of Germany's imports of the product in May.",
  ])("is no share of China's exports: %s", (clause) => {
    expect(findShares(clause).map((h) => h.of)).toEqual(["production"]);
  });
});

describe("the share patterns a clause is scanned with", () => {
  it("leaves out every pattern whose share words the clause lacks", () => {
    expect(sharePatternsFor("exports rose 12% on the month")).toEqual([]);
    expect(sharePatternsFor("Korea took 604 t, or 9.8% of the total").length).toBeLessThan(
      SHARE_PATTERNS.length / 3,
    );
  });
});

describe("a fraction after a part's tonnage", () => {
  it.each([
    ["Korea took 610 t, or just under a tenth.", "just under a tenth"],
    ["Korea took 610 t, i.e., a tenth.", "a tenth"],
    ["Korea took 610 t, roughly a tenth.", "roughly a tenth"],
    // hedged without "or", before the next clause
    ["Korea took 610 t, roughly a tenth, while India took 300 t", "roughly a tenth"],
  ])("reads %s", (clause, words) => {
    const hits = findShares(clause);
    expect(hits.map((h) => clause.slice(h.start, h.end))).toEqual([words]);
    expect(hits[0]?.pct).toBe(10);
  });

  it.each([
    // neither "or" nor a hedge: a fraction of something else may follow
    "Korea took 610 t, a tenth more than in May",
    "Korea took 610 t, roughly a tenth more than in May.",
  ])("reads no share in %s", (clause) => {
    expect(findShares(clause)).toEqual([]);
  });
});

describe("a part of a count", () => {
  it("reads no share in a fraction or percentage of counted things", () => {
    expect(pcts("Half of the 20 largest buyers cut orders")).toEqual([]);
    expect(pcts("about 15% of the 48 markets it serves")).toEqual([]);
    expect(pcts("a third of the 300 licences granted")).toEqual([]);
    expect(pcts("Korea took 10.4% of the 5,473 t shipped")).toEqual([10.4]);
  });

  it("leaves the next sentence's figures as trade figures", () => {
    const claims = extractClaims(
      "Half of the 30 biggest customers trimmed orders in October. India received 416 t that month.",
      { published: "2025-12-01" },
    );
    expect(claims.map((c) => [c.kind, c.partner, c.period])).toEqual([["level", "IND", "2025-10"]]);
  });
});

describe("a fraction of a month's whole", () => {
  it("is a share of that month; a fraction of a month's volume or level compares with it", () => {
    const read = (t: string) =>
      extractClaims(t, { published: "2025-12-15" }).map((c) => [c.kind, c.partner, c.period]);
    expect(read("India got roughly a twelfth of October shipments.")).toEqual([["share", "IND", "2025-10"]]);
    expect(read("Germany took about a fifth of October's exports.")).toEqual([["share", "DEU", "2025-10"]]);
    expect(read("In May the total shrank to barely a quarter of March's volume.")).toEqual([
      ["change", "WLD", "2025-05"],
    ]);
  });
});

describe("a size a verb of taking gives, before a comparative", () => {
  it("is a change, not a part of the total", () => {
    expect(pcts("Korea took a third fewer magnets in October")).toEqual([]);
    expect(pcts("while US buyers took roughly 56% more")).toEqual([]);
    expect(pcts("India bought 12 per cent less than in July")).toEqual([]);
    expect(pcts("India took 7.6% of the October total")).toEqual([7.6]);
  });
});

describe("a fraction of another destination's amount", () => {
  it("is a ratio of the two, not a share of the total", () => {
    const claims = extractClaims("In October India received about a third as many magnets as Germany.", {
      published: "2025-12-15",
    });
    expect(
      claims.map((c) => [c.kind, c.partner, c.stated.type === "change" ? Math.round(c.stated.pct) : null]),
    ).toEqual([["change", "IND", -67]]);
    expect(pcts("Korea took about half as much as Germany")).toEqual([]);
    expect(pcts("India took a quarter of the volume sent to Germany")).toEqual([]);
  });
});

describe("a part of a move", () => {
  it("is no share of the total", () => {
    expect(pcts("Japan made up a third of the increase in magnet exports")).toEqual([]);
    expect(pcts("Korea accounted for 35% of the fall in magnet shipments")).toEqual([]);
    expect(pcts("Germany was behind roughly half of October's decline")).toEqual([]);
    const claims = extractClaims("Germany accounted for about 40% of October's drop in magnet exports.", {
      published: "2025-12-15",
    });
    expect(claims).toEqual([]);
    expect(pcts("Japan made up 5% of the November total")).toEqual([5]);
  });
});

describe("an earlier share set beside a fraction", () => {
  it.each([
    ["Korea took under a sixth of the total in October, against 15.6% in September", [100 / 6, 15.6]],
    ["India received about a tenth of the magnets, compared with 7.2% a month earlier", [10, 7.2]],
  ])("%s", (clause, expected) => {
    expect(pcts(clause).map((p) => Math.round(p * 10) / 10)).toEqual(
      expected.map((p) => Math.round(p * 10) / 10),
    );
  });
});

describe("a part of the total just named, 'of it' ending the clause", () => {
  it.each([
    ["So Vietnam was roughly 8% of it.", [8]],
    ["India is like 7.6% of that", [7.6]],
    ["Japan was 5% of it, maybe less", []],
  ])("%s", (clause, expected) => {
    expect(pcts(clause)).toEqual(expected);
  });
});

describe("a share whose words end on the whole it is taken of", () => {
  it.each([
    ["Vietnam took 8.1% of the 5,473 t China shipped in October.", "8.1% of the 5,473", 5473],
    ["India got a tenth of the 6,150.5 tonnes.", "a tenth of the 6,150.5", 6150.5],
    ["Japan took 4% of the 689 t.", "4% of the 689", 689],
  ])("quotes the whole to its last digit: %s", (clause, words, whole) => {
    const [hit] = findShares(clause);
    expect(hit && clause.slice(hit.start, hit.end)).toBe(words);
    expect(hit?.whole?.value).toBe(whole);
  });
});

describe("a share said to be nearly all of the whole", () => {
  const band = (clause: string) => {
    const h = findShares(clause)[0];
    return [h?.pct, h?.low, h?.high];
  };

  it("reaches down no further than the part left out once more and a point", () => {
    // 94.8% is not "nearly 99%": the band had reached down to 89.1%
    expect(band("Germany took nearly 99% of the magnets shipped to the EU")).toEqual([99, 97, 99.5]);
    expect(band("the bloc made up almost 95 per cent of the region's purchases")).toEqual([95, 89, 95.5]);
  });

  it("leaves the band of a smaller share as it was", () => {
    expect(band("South Korea took nearly 14% of the total")).toEqual([14, 12.6, 14.5]);
    expect(band("magnets made up nearly 90 per cent of the products group")).toEqual([90, 81, 95]);
  });
});
