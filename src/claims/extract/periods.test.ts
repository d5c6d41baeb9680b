// Periods and spans resolved against the publication date, with their role in the clause.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import {
  findPeriods,
  mainPeriod,
  possessiveBefore,
  toIndex,
  yearMentioned,
  type PeriodAnchor,
} from "./periods.js";

const at = (published: string, year: number | null = null, carried: string | null = null): PeriodAnchor => {
  const [y, m] = published.split("-").map(Number) as [number, number];
  return { latest: toIndex(y, m) - 1, year, carried };
};
const main = (clause: string, published = "2025-12-20") =>
  mainPeriod(findPeriods(clause, at(published)))?.period ?? null;

describe("findPeriods", () => {
  it.each([
    ["exports from January through September", "2025-01..2025-09"],
    ["January-August shipments", "2025-01..2025-08"],
    ["Jan-Aug shipments", "2025-01..2025-08"],
    ["From January to November, China exported", "2025-01..2025-11"],
    ["over the nine months, exports", "2025-01..2025-09"],
    ["in the nine months to September", "2025-01..2025-09"],
    ["in the first seven months of 2024", "2024-01..2024-07"],
    ["in the first three quarters", "2025-01..2025-09"],
    ["across all of 2025", "2025-01..2025-12"],
    ["H1 exports", "2025-01..2025-06"],
    ["1H25 exports", "2025-01..2025-06"],
    ["first-half exports", "2025-01..2025-06"],
    ["exports last month", "2025-11"],
    ["10,763 tons in January and February combined", "2025-01..2025-02"],
    ["2025年1-11月出口", "2025-01..2025-11"],
    ["前11个月出口", "2025-01..2025-11"],
    ["11月份出口", "2025-11"],
    ["in den ersten neun Monaten", "2025-01..2025-09"],
    ["im ersten Halbjahr 2025", "2025-01..2025-06"],
    ["in the March quarter, shipments", "2025-01..2025-03"],
    ["over the quarter ended August 2025, exports", "2025-06..2025-08"],
    ["in the quarter through October, sales abroad", "2025-08..2025-10"],
  ])("reads %s", (clause, period) => {
    expect(main(clause)).toBe(period);
  });

  it.each([
    "Magnet exports came to 17,497 t in the July-September quarter.",
    "Magnet exports came to 17,497 t in the July to September quarter.",
    "Magnet exports came to 17,497 t in the Jul–Sep quarter.",
  ])("reads a range of months before 'quarter' as that range, not its first month: %s", (t) => {
    const c = extractClaims(t, { published: "2025-10-20" })[0];
    expect([c?.text, c?.period]).toEqual(["17,497 t", "2025-07..2025-09"]);
  });

  it("counts 'last year' from the publication date", () => {
    expect(main("Last year, exports totalled 57,392 tonnes", "2026-01-20")).toBe("2025-01..2025-12");
    expect(main("in November last year", "2026-01-20")).toBe("2025-11");
  });

  it("reads 'from April to May' after a change as a base and a month, not a span", () => {
    const found = findPeriods("exports rose 35% from April to May", at("2025-06-20"));
    expect(found.map((p) => [p.period, p.role])).toEqual([
      ["2025-04", "base"],
      ["2025-05", "main"],
    ]);
  });

  it.each([
    ["11月出口6150吨，比10月增长12%", "2025-10"],
    ["11月出口6150噸，對比10月增長12%", "2025-10"],
    ["11月出口6150吨，与10月相比增长12%", "2025-10"],
    ["11월 수출은 10월 대비 12% 증가", "2025-10"],
    ["11월 수출은 10월보다 12% 많았다", "2025-10"],
    ["11월 수출은 10월 512.5톤에서 12% 증가", "2025-10"],
    ["11월 수출은 10월 5,120톤보다 5% 줄었다", "2025-10"],
    ["11月の輸出は10月の226トンから増えた", "2025-10"],
  ])("reads the month compared with in %s as the base, not the period", (clause, base) => {
    const found = findPeriods(clause, at("2025-12-20"));
    expect(found.filter((p) => p.role === "base").map((p) => p.period)).toEqual([base]);
    expect(main(clause)).toBe("2025-11");
  });

  it.each([
    ["les exportations ont atteint 4 120 tonnes en juillet", "2025-07"],
    ["les expéditions d’août 2024", "2024-08"],
    ["Exports to Mars missions rose.", null],
  ])("reads French month names in lower case: %s", (clause, period) => {
    expect(main(clause)).toBe(period);
  });

  it.each([
    "Mit 6.120 Tonnen lagen die Exporte im November etwa auf dem Niveau von August 2025",
    "Exports of 6,120 t in November were on a par with August",
    "les exportations de novembre, soit une hausse par rapport à août",
    "Exports of 6,120 t in November were roughly the same share as in August",
    "Exports of 6,120 t in November, a similar level to August's",
    "Exports of 6,120 t in November were little changed from August",
    "Exports of 6,120 t in November were about as high as in August",
  ])("reads the month a level is compared with as a base: %s", (clause) => {
    const found = findPeriods(clause, at("2025-12-20"));
    expect(found.filter((p) => p.role === "base").map((p) => p.period)).toEqual(["2025-08"]);
    expect(main(clause)).toBe("2025-11");
  });

  it.each([
    ["which brings Korea's intake to 2,050 t for the quarter", "2025-07..2025-09"],
    ["so India received about 700 t over the quarter", "2025-07..2025-09"],
  ])(
    "reads an unnamed quarter as the one holding the latest month, marked as unnamed: %s",
    (clause, period) => {
      const found = findPeriods(clause, at("2025-10-22"));
      expect(found.map((p) => [p.period, p.role, p.unnamed])).toEqual([[period, "main", true]]);
    },
  );

  it("does not read a quarter-on-quarter base or the quarter to a month as an unnamed quarter", () => {
    expect(
      findPeriods("up 8% on the quarter-on-quarter measure", at("2025-10-22")).some((p) => p.unnamed),
    ).toBe(false);
  });

  it.each([
    ["Japan took 240 t, up 9% on the month after a sluggish August", "2025-08"],
    ["Vietnam received 512 t, well below the level of a bumper August", "2025-08"],
    ["shipments to Korea rose 4% from a soft August", "2025-08"],
  ])("reads a month with a describing word after the comparison word as the base: %s", (clause, base) => {
    const found = findPeriods(clause, at("2025-10-22"));
    expect(found.map((p) => [p.period, p.role])).toEqual([[base, "base"]]);
  });

  it.each([
    ["Shipments over the three months totalled 16,001 t", "2026-01..2026-03"],
    ["Exports in March and April together came to 7,900 t", "2025-03..2025-04"],
    ["Exports in March and April totalled 7,900 t", "2025-03..2025-04"],
    ["Exports in March and April amounted to 7,900 t", "2025-03..2025-04"],
  ])(
    "reads a span followed by a word starting like a preposition, or two months given one total: %s",
    (clause, period) => {
      const found = findPeriods(clause, at("2026-04-20"));
      expect(found.map((p) => [p.period, p.shape])).toEqual([[period, "range"]]);
    },
  );

  it("keeps two months joined by 'and' apart when no total joins them", () => {
    expect(
      findPeriods("Exports rose in January and February", at("2026-04-20")).map((p) => p.period),
    ).toEqual(["2026-01", "2026-02"]);
  });

  it("reads a CJK month before 이후/以来 as a rank's window", () => {
    expect(
      findPeriods("올해 1월 이후 가장 큰 규모다", at("2025-12-20")).map((p) => [p.period, p.role]),
    ).toEqual([["2025-01", "since"]]);
    expect(findPeriods("自1月份以来的最高水平", at("2025-12-20")).map((p) => [p.period, p.role])).toEqual([
      ["2025-01", "since"],
    ]);
  });

  it("reads '9월에서 10월까지' as no comparison", () => {
    expect(
      findPeriods("9월에서 10월까지 수출은 늘었다", at("2025-12-20")).filter((p) => p.role === "base"),
    ).toEqual([]);
  });

  it.each([
    ["올해 1∼7월 수출량은 3만1천t이다", "2025-01..2025-07"],
    ["올해 상반기 수출 물량은 2만t", "2025-01..2025-06"],
    ["작년 하반기 수출", "2024-07..2024-12"],
    ["去年11月出口", "2024-11"],
    ["今年1-10月出口", "2025-01..2025-10"],
  ])("reads 'this year' and 'last year' before a CJK month or span: %s", (clause, period) => {
    expect(main(clause)).toBe(period);
  });

  it("does not take the year of a Chinese or Korean comparison for the clause's year", () => {
    expect(yearMentioned("10月份出口5120噸，但較2024年同期的4100噸增長")).toBeNull();
    expect(yearMentioned("9월 수출은 2024년 동기 대비 15% 늘었다")).toBeNull();
    expect(yearMentioned("2025年10月出口5120吨")).toBe(2025);
  });

  it("does not take the year a figure falls short of or runs ahead of for the clause's year", () => {
    expect(yearMentioned("December shipments were 5,952 t, 1.3% short of 2024")).toBeNull();
    expect(yearMentioned("exports in November stayed shy of 2024 by 4%")).toBeNull();
    expect(yearMentioned("the eleven months ran well ahead of 2024")).toBeNull();
    expect(yearMentioned("the best month of 2024 was August")).toBe(2024);
  });

  it("reads 'March last year' as a month before the year", () => {
    expect(findPeriods("30.6% below March last year", at("2026-04-20")).map((p) => p.period)).toEqual([
      "2025-03",
    ]);
  });

  it("names a figure's own month or year by the possessive", () => {
    const clause = "rose 12% in May from April's 358 tonnes";
    const found = findPeriods(clause, at("2025-06-20"));
    expect(possessiveBefore(clause, clause.indexOf("358"), found)?.period).toBe("2025-04");
    const years = "down from 2024's 58,152 tonnes";
    expect(possessiveBefore(years, years.indexOf("58"), findPeriods(years, at("2026-01-20")))?.period).toBe(
      "2024-01..2024-12",
    );
  });

  it.each([
    "sales abroad climbed in October, up from only 212 t in September",
    "the US took 400 t, from a mere 90 tonnes shipped in April",
    "Korea's figure rose from roughly 700 t in August",
  ])("reads the month after a base figure and its hedge as the base's: %s", (clause) => {
    expect(
      findPeriods(clause, at("2025-12-20"))
        .map((p) => p.role)
        .pop(),
    ).toBe("base");
  });

  it("runs a year to date to the month its clause is on, else to the latest month", () => {
    const late = at("2025-12-20");
    const clause = "Shipments hit 5,100 t in August, lifting the year-to-date tally to 36,000 t";
    expect(findPeriods(clause, late).map((p) => p.period)).toEqual(["2025-08", "2025-01..2025-08"]);
    expect(findPeriods("so far this year they total 36,000 t", late)[0]?.period).toBe("2025-01..2025-11");
    const earlier = "Lifting the tally so far this year to 61,000 t, exports reached 5,100 t in August 2024";
    expect(findPeriods(earlier, late).map((p) => p.period)).toContain("2025-01..2025-11");
  });

  it("reads 'that month' as the month carried over, marked as such", () => {
    const [p] = findPeriods("shipments reached 18 t that month", at("2025-12-20", null, "2025-09"));
    expect(p).toMatchObject({ period: "2025-09", anaphor: true });
  });
});

describe("periods next to multiples and base words", () => {
  it("reads the month after a base phrase as the claim's own", () => {
    expect(main("exports rose 75.5 per cent month on month in July")).toBe("2025-07");
    expect(main("shipments were up 5% on the year in May")).toBe("2025-05");
  });

  it.each([
    "nearly 8x May's volume",
    "twice May's level",
    "more than twice the June figure",
    "a 3-fold jump on May's",
    "topped May's by 677 tonnes",
    "764t, more than triple May",
    "That's 2.6x May",
    "more than five times the volume of May",
    "more than six times as much as in May",
  ])("reads the month a multiple or comparison is taken of as its base: %s", (clause) => {
    expect(findPeriods(clause, at("2025-12-20")).map((p) => p.role)).toEqual(["base"]);
  });

  it.each([
    "the month added 1,878 tonnes to May's volume",
    "a late rush tacked another 300 t onto the October tally",
    "which added roughly 600 tonnes to the figure for December 2024",
  ])("reads the month a difference is added to as its base: %s", (clause) => {
    expect(findPeriods(clause, at("2025-12-20")).map((p) => p.role)).toEqual(["base"]);
  });

  it("reads the period of a figure compared with, written with its unit glued on, as a base", () => {
    expect(
      findPeriods("exports totalled 57.4kt against 58.2kt in 2024", at("2026-01-20")).map((p) => p.role),
    ).toEqual(["base"]);
    expect(main("exports fell to 5,473t from 5,774t in September, a drop of 5%")).toBeNull();
  });

  it.each([
    "nearly two-and-a-half times the 172 tonnes shipped in June",
    "three times the 1,200 t of March",
    "more than double the 131 tons shipped to Japan in June",
    "less than a tenth of the 689 tonnes it sent us in May of last year",
    "roughly one-fifteenth of the 689 tonnes shipped in May 2024",
    "more than doubled the 131 tonnes it received in June",
    "nearly tripling the 150 tonnes of May",
  ])("reads the month of the figure a multiple is taken of as its base: %s", (clause) => {
    expect(findPeriods(clause, at("2025-12-20")).map((p) => p.role)).toEqual(["base"]);
  });
});

describe("the year a text speaks of without naming it", () => {
  it("is not a year named only as the comparison's", () => {
    expect(yearMentioned("Full-year exports of 57,392 tonnes were 1.3 per cent lower than in 2024.")).toBe(
      null,
    );
    expect(yearMentioned("Exports in the first half were down 19 per cent on the first half of 2024.")).toBe(
      null,
    );
    expect(yearMentioned("Exports rose 4% in March of 2025 from a year earlier.")).toBe(2025);
    expect(
      yearMentioned("From April to June they came to 9,100 t, 4% below the second quarter of 2024"),
    ).toBe(null);
    expect(yearMentioned("a tally running ahead of the same months of 2024")).toBe(null);
  });

  it("is not the year of a month named with 'of' as a comparison's base or a rank's start", () => {
    expect(yearMentioned("shipments reached 5,100 t in June, 4% more than June of 2024")).toBe(null);
    expect(yearMentioned("the June figure was the largest since April of 2024")).toBe(null);
    expect(yearMentioned("up 15% in August, more than in August of 2024")).toBe(null);
    expect(yearMentioned("a fifth more than in January-February of 2025 (8,511 t)")).toBe(null);
    expect(yearMentioned("exports rose 4% in March of 2025 from a year earlier")).toBe(2025);
  });

  it("is not the year of a hedged figure the clause's own is set against", () => {
    expect(
      yearMentioned("but only slightly: full-year shipments of 57,392 t compare with about 58,152 t in 2024"),
    ).toBe(null);
    expect(yearMentioned("the year's 6,150 t were well above roughly 5,100 t in 2023")).toBe(null);
    expect(yearMentioned("the year's total reached 57.4kt, down 1.3pc from 58 152t in 2024")).toBe(null);
    expect(yearMentioned("full-year shipments of 57\u2009392 t compare with 58\u2009152 t in 2024")).toBe(
      null,
    );
  });

  it.each([
    "SHANGHAI, Jan 9 (Wire) - Magnet exports reached 6,150 t",
    "Updated Feb. 3: the table now shows 5,952 t",
    "customs said on Jan 18 that shipments reached 5,952 t",
    "Jan 9",
    "Correction, Jan. 27: an earlier version gave 5,592 t",
    "@rareearth_rita · Jan 9",
    "Tomas Lind · 4h · Feb 2",
    "@gridlocked Feb 3",
  ])("reads a calendar day as when something was said, not a figure's period: %s", (clause) => {
    expect(findPeriods(clause, at("2026-02-10")).filter((p) => p.shape === "month")).toEqual([]);
  });

  it("leaves a post's stamp out of the thread's period, so the month the posts name holds", () => {
    const t = "@mags_desk · Jan 21\nDecember magnets: 5,952t.\n\n@mags_desk · Jan 21\nKorea took 815t.";
    const c = extractClaims(t, { published: "2026-01-21" });
    expect(c.map((x) => [x.text, x.period])).toEqual([
      ["5,952t", "2025-12"],
      ["815t", "2025-12"],
    ]);
  });

  it("keeps a month with a number that may be its year, or a tonnage, as a month", () => {
    expect(main("Magnet exports, Oct 24: 4,725 t", "2025-12-20")).toBe("2025-10");
    expect(main("exports in November 2025 were 6,150 t", "2025-12-20")).toBe("2025-11");
    expect(main("Nov 6,150 t", "2025-12-20")).toBe("2025-11");
  });

  it("reads May as the month when a comma split the clause off right after it", () => {
    expect(findPeriods("May", at("2025-08-10")).map((p) => p.period)).toEqual(["2025-05"]);
    expect(findPeriods("we may", at("2025-08-10"))).toEqual([]);
    expect(findPeriods("May vs Apr: +1.3kt", at("2025-08-10")).map((p) => p.period)).toEqual([
      "2025-05",
      "2025-04",
    ]);
    expect(findPeriods("prices may versus costs", at("2025-08-10"))).toEqual([]);
    expect(findPeriods("Ndfeb Shipments May +12% Y/Y", at("2025-08-10")).map((p) => p.period)).toEqual([
      "2025-05",
    ]);
    expect(findPeriods("Exports May Rise 5% In June", at("2025-08-10")).map((p) => p.period)).toEqual([
      "2025-06",
    ]);
  });

  it.each([
    "Over the first nine months shipments reached 45,290 t, running 4 per cent ahead of the first three quarters of 2024.",
    "Through September the tally stood at 45,290 t, 4 per cent above the same nine months of 2024.",
    "Shipments hit 45,290 t in the first nine months, already beyond the 41,000 t sent abroad in the whole of 2023.",
    "At 45,290 t, nine-month exports topped the 41,000 tonnes exported during 2023.",
  ])("is not a year that dates only the figure or span a clause is compared with: %s", (clause) => {
    expect(yearMentioned(clause)).toBe(null);
  });

  it("reads 'full-year', 'over the year', 'across the whole year' as the last year that has ended", () => {
    expect(main("Full-year exports of 57,392 tonnes", "2026-01-21")).toBe("2025-01..2025-12");
    expect(main("Across the whole year the US took 5,933 tonnes", "2026-02-10")).toBe("2025-01..2025-12");
    expect(main("The US received 5,933 t over the year", "2026-01-28")).toBe("2025-01..2025-12");
    expect(main("Rare earths: 62.6kt for the year, +12.9% y/y", "2026-01-22")).toBe("2025-01..2025-12");
  });

  it("reads 'for the year' before the year is over as the months so far", () => {
    expect(main("Magnet exports for the year reached 39,817 t", "2025-10-21")).toBe("2025-01..2025-09");
  });
});

describe("the year to a month", () => {
  it("is the twelve months ending with it, not the month, with the calendar year so far as another reading", () => {
    const c = extractClaims("In the year to October, magnet shipments to India came to 2,950 tonnes.", {
      published: "2025-12-20",
    });
    expect(c.map((x) => x.period)).toEqual(["2024-11..2025-10"]);
    expect(c[0]?.alternatives.map((a) => a.period)).toContain("2025-01..2025-10");
  });
});

describe("a year a figure runs ahead of or behind", () => {
  it("is the comparison's base", () => {
    const found = findPeriods("44,355 tonnes, 14.4% ahead of last year", at("2025-09-10"));
    expect(found.map((p) => p.role)).toEqual(["base"]);
    expect(
      findPeriods("about 5% behind the first half of 2024", at("2025-09-10")).map((p) => p.role),
    ).toEqual(["base"]);
  });
});

describe("years as notes and wires write them", () => {
  it.each([
    ["Still -8.6% y/y vs Oct '24 (4,753t)", "2024-10"],
    ["Sep ’24 was 4,915t", "2024-09"],
    ["FY2025 magnet exports: 57,392t", "2025-01..2025-12"],
    ["China 2025 magnet exports 57,794 t", "2025-01..2025-12"],
  ])("reads %s", (clause, period) => {
    expect(findPeriods(clause, at("2026-01-20")).map((p) => p.period)).toContain(period);
  });
});

describe("a month that dates a policy step, not a figure", () => {
  const claimPeriods = (text: string, published: string) =>
    extractClaims(text, { published }).map((c) => [c.text, c.period]);

  it.each([
    [
      "September was a better month. Magnet shipments climbed 9% after the licensing rules that were introduced in mid-March were relaxed.",
      "2025-10-22",
      "2025-09",
    ],
    [
      "Figures for November are out. Sales abroad gained 7.5% on the month, well below where they stood before Beijing tightened controls in early October.",
      "2025-12-21",
      "2025-11",
    ],
    [
      "June brought some relief. Exports to Korea were 14% higher than a year earlier after Chinese authorities suspended several permits in February.",
      "2025-07-19",
      "2025-06",
    ],
  ])("leaves the figure on the month the text is on: %s", (text, published, period) => {
    const read = claimPeriods(text, published);
    expect(read.length).toBeGreaterThan(0);
    expect(read.map(([, p]) => p)).toEqual(read.map(() => period));
  });

  it("still dates a figure by a month its own clause names", () => {
    expect(claimPeriods("Magnet exports eased 2.4% in October.", "2025-12-21")).toEqual([
      ["eased 2.4%", "2025-10"],
    ]);
  });
});

describe("a span not over when the story appeared", () => {
  it.each([
    ["Magnet exports in 2025 have reached 45,290 tonnes, customs figures show.", "2025-11-24"],
    ["Cumulative annual shipments of magnets came to 45,290 t.", "2025-11-24"],
  ])("is the part of it so far, never certain: %s", (text, published) => {
    const [claim] = extractClaims(text, { published });
    expect(claim?.period).toBe("2025-01..2025-10");
    expect(claim?.grounds.period).toBe("carried");
  });

  it("keeps a span whole, and uncertain, when only its first month is out", () => {
    const [claim] = extractClaims("Magnet exports in the second half of 2025 have reached 5,577 t.", {
      published: "2025-08-20",
    });
    expect(claim?.period).toBe("2025-07..2025-12");
    expect(claim?.grounds.period).toBe("carried");
  });

  it("keeps a finished year whole", () => {
    const [claim] = extractClaims("Magnet exports in 2025 came to 57,392 t.", { published: "2026-01-20" });
    expect(claim?.period).toBe("2025-01..2025-12");
    expect(claim?.grounds.period).toBe("clause");
  });
});

describe("a year set against another", () => {
  it.each([
    ["Magnets, 2024 vs 2023: +10.6%", "2024-01..2024-12"],
    ["Rare earths 2025 versus 2024: up 12.9%", "2025-01..2025-12"],
    ["Totals 2024 compared with 2023", "2024-01..2024-12"],
  ])("reads %s as the first year's", (clause, period) => {
    expect(main(clause, "2026-02-20")).toBe(period);
  });
});

describe("a month named with the figure a change is set against is the base's, not the claim's", () => {
  it.each([
    [
      "Where did Japan stand in July? Two hundred thirty-two tonnes, up from one hundred thirty-one in June.",
      "2025-07",
    ],
    [
      "How did India do in July? Four hundred eighteen tonnes, against one hundred seventy-two in June.",
      "2025-07",
    ],
  ])("a base in number words after 'from' or 'against': %s", (text, period) => {
    const c = extractClaims(text, { published: "2025-08-20" }).find((x) => x.kind === "level");
    expect(c?.period).toBe(period);
  });

  it.each([
    [
      "Magnet exports reached 6,146 t in August. Compared with August 2024, when 5,325 t were shipped, exports were 15.4% higher.",
      "15.4% higher",
      "2025-08",
    ],
    [
      "Exports to the US jumped in August. Set against July, when the US took 619 t, the fall was 4.7%.",
      "4.7%",
      "2025-08",
    ],
  ])("past the aside ', when ...,' on the month compared with: %s", (text, figure, period) => {
    const claims = extractClaims(text, { published: "2025-09-22" });
    expect(claims.find((x) => x.text === figure)?.period).toBe(period);
    // the aside's own figure keeps the month it is said of
    expect(claims.find((x) => x.kind === "level" && x.period !== "2025-08")?.period).toMatch(
      /^(?:2024-08|2025-07)$/,
    );
  });
});

it("keeps the month of ', whose' for a figure in that aside, thousands separators and all", () => {
  const c = extractClaims(
    "April's 4,784.8 tonnes were 15.6% below March, whose 5,666.3 tonnes were the highest since May 2024.",
    { published: "2025-07-15" },
  ).find((x) => x.kind === "rank");
  expect(c?.period).toBe("2025-03");
});

describe("'May' with a year or after 'compared with' is the month", () => {
  it.each([
    ["Compared with May of last year, shipments were 5.7% lower.", "2024-05"],
    ["Compared with May last year, the total was down 5.7%.", "2024-05"],
    ["Against May of 2024, rare earth exports slipped 5.7%.", "2024-05"],
    ["Compared to May this year, June's volume was up 32%.", "2025-05"],
  ])("%s", (clause, period) => {
    const found = findPeriods(clause, at("2025-07-15"));
    expect(found.map((m) => [m.period, m.shape])).toContainEqual([period, "month"]);
    expect(found.some((m) => m.shape === "year")).toBe(false);
  });

  it.each([
    "May saw shipments of barely 2,100 t.",
    "May had been the slackest month of the spring.",
    "The weakest month was May by a wide margin.",
    "May exports came to 1,940 t, customs said.",
    "Buyers waited until licences arrived after May before ordering.",
    "Shipments bottomed out with May at 71 tonnes.",
    "May ended with 950 t shipped, the weakest since 2023.",
    "Exports picked up by May and held through June.",
    "May. The low point, with 1,238 t shipped.",
  ])("reads May as the month when the words around it cannot be the verb: %s", (clause) => {
    expect(findPeriods(clause, at("2025-08-10")).map((p) => p.period)).toContain("2025-05");
  });

  it.each([
    "Exports may exceed 6,000 t next month.",
    "Magnet Shipments May Shed 10% On Curbs",
    "Carmakers may need more magnets than China ships.",
    "Exports may slow again, traders said.",
    "This may weigh on shipments in the coming months.",
  ])("leaves the verb 'may' alone before a bare verb: %s", (clause) => {
    expect(findPeriods(clause, at("2025-08-10")).map((p) => p.period)).not.toContain("2025-05");
  });

  it("takes a recap paragraph's lead 'May.' as the month of the figures after it", () => {
    const claims = extractClaims(
      "April. Magnet exports fell 51% to 2,626 t.\n\nMay. Only 1,238 t left China, a fall of 53% on April.",
      { published: "2026-01-25" },
    );
    expect(claims.map((c) => [c.text, c.period])).toContainEqual(["1,238 t", "2025-05"]);
    expect(findPeriods("Exports may fall further, as they may.", at("2025-08-10"))).toEqual([]);
  });

  it("leaves the verb 'may' alone", () => {
    expect(
      findPeriods("Exports may rise again this year, traders said.", at("2025-07-15")),
    ).not.toContainEqual(expect.objectContaining({ shape: "month" }));
  });
});

describe("a dateline with a desk's label or a place before the day", () => {
  it.each([
    ["ABC Metals Oct 21 Report: In September 2025, magnet exports fell 6.1%.", "2025-09"],
    ["Seoul, Nov 21: In October 2025, magnet exports fell 5.2%.", "2025-10"],
    ["Mumbai, October 21 - In September 2025, magnet exports fell 6.1%.", "2025-09"],
  ])("names when it was written, not the figure's month: %s", (clause, period) => {
    expect(findPeriods(clause, at("2025-12-20")).map((p) => p.period)).toEqual([period]);
  });

  it.each([
    ["Figures put out on Tuesday (March 18) showed magnet exports slid 4% in February.", "2025-02"],
    ["The customs office said on Thursday, Nov. 20, that October shipments fell 5.2%.", "2025-10"],
    ["According to a release (April 21), exports in March climbed 10%.", "2025-03"],
  ])("takes a release day after a weekday or alone in brackets for a date: %s", (clause, period) => {
    expect(findPeriods(clause, at("2025-11-25")).map((p) => p.period)).toEqual([period]);
  });

  it("still reads a month whose number after it is a figure: 'In May 24 firms got licences'", () => {
    expect(main("In May 24 firms got licences and exports rose.", "2025-07-20")).toBe("2025-05");
  });
});

describe("a count of months without 'the' that reaches the latest month is the year so far", () => {
  it.each([
    ["Over eleven months, shipments reached 51,440 tonnes.", "2025-12-21", "2025-01..2025-11"],
    ["Across nine months the total came to 39,817 t.", "2025-10-20", "2025-01..2025-09"],
    ["Throughout seven months, exports ran below last year's pace.", "2025-08-20", "2025-01..2025-07"],
  ])("%s", (clause, published, period) => {
    expect(main(clause, published)).toBe(period);
  });

  it("leaves a count that does not reach the latest month to other readings", () => {
    expect(findPeriods("Over three months, shipments fell by half.", at("2025-12-21"))).toEqual([]);
  });
});

describe("a year that dates an earlier figure the clause's is likened to", () => {
  it.each([
    "Rare earth exports sank to 4,392 t in December, a level last reached in 2023",
    "Shipments to Korea of 815 t in December were a volume previously recorded in 2024",
    "gallium exports of 10.8 t in December, a pace not seen since 2023",
    "magnet exports slipped in December, just as in 2024",
  ])("is not the clause's year: %s", (clause) => {
    expect(yearMentioned(clause)).toBeNull();
  });

  it("leaves a year that dates the clause's own month", () => {
    expect(
      yearMentioned("Magnet exports reached 5,952 t in December of 2025, a level last seen in 2024"),
    ).toBe(2025);
    expect(yearMentioned("shipments to Korea were 569 t in October in 2024")).toBe(2024);
  });
});

describe("a span after a rank's words is the rank's window", () => {
  it.each([
    "1,020 t, the busiest in the past eight months",
    "1,020 t, the fewest over the last five months",
    "1,020 t, the worst showing in the past seven months",
    "1,020 t, the highest in the last nine months",
  ])("reads no period in %s", (clause) => {
    expect(main(clause, "2025-06-20")).toBeNull();
  });

  it("reads the span when no rank comes before it", () => {
    expect(main("1,020 t over the past eight months", "2025-06-20")).toBe("2024-10..2025-05");
  });
});
