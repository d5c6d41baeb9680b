// The hints a long pattern lists are words it cannot match without: a clause that lacks one is not
// scanned with it, and a pattern left out so could not have matched. Checked on a clause written
// for every change and share pattern.
import { describe, expect, it } from "vitest";
import { PATTERNS, changePatternsFor } from "./find-changes.js";
import { MULTIPLE_PATTERNS } from "./find-multiples.js";
import { SHARE_PATTERNS, sharePatternsFor } from "./find-shares.js";
import { hinted, mayMatch, testHinted, withHints } from "./hints.js";
import { scan } from "./numbers.js";

/** The patterns that match a clause but were left out, and those no clause shows matching. */
function hintsMissed<T extends { re: RegExp }>(
  patterns: readonly T[],
  kept: (clause: string) => readonly T[],
  clauses: readonly string[],
): { leftOut: string[]; unseen: string[] } {
  const seen = new Set<T>();
  const leftOut: string[] = [];
  for (const clause of clauses)
    for (const p of patterns) {
      if ([...scan(p.re, clause)].length === 0) continue;
      seen.add(p);
      if (!kept(clause).includes(p)) leftOut.push(`${patterns.indexOf(p)} on "${clause}"`);
    }
  return { leftOut, unseen: patterns.filter((p) => !seen.has(p)).map((p) => p.re.source.slice(0, 60)) };
}

describe("withHints", () => {
  it("keeps the patterns whose every hint the text holds, in order", () => {
    const a = { needs: [/%/] };
    const b = { needs: [/%/, /\bof\b/] };
    const c = { needs: [/\bup\b/] };
    expect(withHints([a, b, c], "up 5%")).toEqual([a, c]);
    expect(withHints([a, b, c], "5% of the total")).toEqual([a, b]);
  });
});

describe("hinted", () => {
  const tonnes = hinted(/\b(\d[\d,]*)\s?t\b/g, /\d/, /\bt\b/);

  it("tries the pattern only where every hint is", () => {
    expect(mayMatch(tonnes, "Vietnam bought 212 t in March")).toBe(true);
    expect(mayMatch(tonnes, "Vietnam bought more in March")).toBe(false);
    expect(mayMatch(tonnes, "up 4 per cent")).toBe(false);
  });

  it("tests the pattern itself where its hints are", () => {
    const gap = hinted(/\bgap\sof\s\d+/i, /\bgap\b/i);
    expect(testHinted(gap, "a gap of 312 tonnes")).toBe(true);
    expect(testHinted(gap, "the gap narrowed")).toBe(false);
    expect(testHinted(gap, "a difference of 312 tonnes")).toBe(false);
  });

  it("refuses a hint that a test would step on", () => {
    expect(() => hinted(/x/, /y/g)).toThrow(TypeError);
  });
});

describe("a pattern left out by its hints cannot match the clause", () => {
  // one or more clauses for each pattern, so that every pattern is seen matching
  const changes = [
    "the line showed negative growth of 4.2% on the year",
    "it logged a negative 3.1% year-on-year growth",
    "volumes climbed sharply by 14 per cent",
    "a ban that cut shipments to India by 61%",
    "deliveries dropped in March 2025 by 7.4 percent",
    "deliveries dropped compared with the month before by 7.4 percent",
    "sales slid harder, by 18.6%",
    "By 11.5 per cent fell the exports",
    "exports were off about 4% from May",
    "the total was up a further 2.2pc",
    "Korea +37%, Vietnam -12.5%",
    "roughly 9% higher than a year before",
    "some 6% short of the previous month",
    "about ten percent lower than in 2024",
    "an 8.8 percent month-on-month decline",
    "shipments to Korea posted 6.6% growth",
    "- 21.4%: the year-on-year rise in shipments",
    "the year-on-year growth, 15.1%",
    "the annual fall narrowing to 15% from 18.9%",
    "3,300 tonnes, minus 40.2 percent compared with July",
    "a decrease of roughly 13%",
    "Germany's slump came to 26.5%",
    "volumes fell by about a third",
    "orders were slashed by half",
    "the curbs cut magnet deliveries to Korea by three-quarters",
    "the two lost a fifth of their volume",
    "a drop of nearly two-thirds",
    "some 3.3% ahead of last year",
    "a quarter lower than a year earlier",
    "exports came in about a third higher, at 4,392 t",
    "about a fifth below October",
    "year to date, exports are still 12.6% ahead at 48,355.7 t",
  ];
  const shares = [
    "so Thailand was roughly 2% of it",
    "roughly a quarter of all shipments",
    "India took about a tenth",
    "a fifth of the total went to Vietnam",
    "one in eight magnets",
    "some 14% of the month's exports",
    "el 20,4 % del total",
    "Japan accounted for 5.1% of the tonnage",
    "a 6% slice for Thailand",
    "US shr 8.7%",
    "India's 7.5% share was its highest",
    "the US share was only 9.4%",
    "the German portion of the total was roughly a fifth",
    "Vietnam took 456 t, or 7.4%",
    "Korea got 815 t, or almost a seventh",
    "Germany took 1,116 t of the July exports, about a fifth.",
    "11% was August's share",
    "9.5% the US share of the month's total",
    "about 31% of that went to Germany",
    "it accounted for 12.2% in June, against 9.9% in May",
    "占出口总量的20.9%",
    "佔總量逾四成",
    "ドイツ向けが全体の2割弱を占めた",
    "日本が65.4%を占めた",
    "한국은 14% 이상을 차지했다",
    "ドイツの22.3%が最大",
    "Der Anteil der USA lag bei 9,5 Prozent",
    "The EU's share rose to 41.8% from 37.6%.",
    "ein Fünftel der Ausfuhren",
    "Japan, auf das 31 Prozent der Gesamtexporte entfielen",
    "lo que representa el 9 por ciento de las exportaciones",
    "soit 21,9 % des volumes",
    "That's about 11 percent.",
    "That is less than a tenth.",
    "Korea's 569 t out of a total of 5,473 t is about 10.4%",
  ];

  it("for the change patterns", () => {
    expect(hintsMissed(PATTERNS, changePatternsFor, changes)).toEqual({ leftOut: [], unseen: [] });
  });

  it("for the share patterns", () => {
    expect(hintsMissed(SHARE_PATTERNS, sharePatternsFor, shares)).toEqual({ leftOut: [], unseen: [] });
  });

  // one or more clauses for each multiple, so that every pattern is seen matching
  const multiples = [
    "exports to Poland more than doubled in June",
    "the ban cut shipments to Japan roughly in half",
    "Korea bought twice as much as in May",
    "a ninefold rise on the year",
    "volumes jumped 7-fold",
    "Vietnam raised its purchases of magnets more than fivefold",
    "sales grew by roughly a factor of three",
    "the US took 2.4 times as much as a year earlier",
    "Korea took more than three times the Japanese volume",
    "Germany took nearly twice the 564 tonnes sent to the US",
    "about three times higher",
    "magnet exports more than double in June",
    "they recovered to 1,880 tonnes in October, more than double.",
    "a jump of almost 12x",
    "less than a quarter of January's",
    "only 19% of the previous month's",
    "just 5% of their January 2025 volume",
    "the 640 t were 47% of the April total",
    "less than a tenth of the 689 tonnes shipped in May 2024",
    "down to about a fifth of their April level",
    "barely half of May's figure",
    "about half the amount that went to the US",
    "about half of those to the US",
    "a third of the figure for March",
    "the recovery from May to August was almost fivefold.",
    "roughly a fifth of what China sent abroad in January",
    "purchases rose 2.4 times",
    "出口量约2.6倍",
    "出口翻了一倍",
    "对美出口减半",
    "出口增三成",
    "輸出は3割増",
    "Die Exporte haben sich mehr als verdoppelt",
    "le esportazioni si sono dimezzate",
    "das Dreifache des Vorjahres",
  ];

  it("for the multiple patterns", () => {
    const kept = (clause: string) => withHints(MULTIPLE_PATTERNS, clause);
    expect(hintsMissed(MULTIPLE_PATTERNS, kept, multiples)).toEqual({ leftOut: [], unseen: [] });
  });
});
