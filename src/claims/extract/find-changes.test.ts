// Changes as reporters write them: percent spellings, signs, multiples with both readings,
// differences in tonnes, German and CJK wordings, and the base named with them.
import { describe, expect, it } from "vitest";
import { basisIn } from "./change-bases.js";
import { extractClaims } from "./extract-claims.js";
import { PATTERNS, changePatternsFor, findChanges } from "./find-changes.js";

const one = (s: string) => findChanges(s)[0];

describe("findChanges", () => {
  it.each([
    ["exports rose 12pc", 12],
    ["fell 11 per cent", -11],
    ["a 60-percent jump", 60],
    ["Japan +148%", 148],
    ["USA -11.3%", -11.3],
    ["up a further 5 pct", 5],
    ["an increase of 5%", 5],
    ["a decline by 2.5%", -2.5],
    ["the 8.6% monthly rise ended the slide", 8.6],
    ["its 15% year-on-year drop", -15],
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBe(pct);
  });

  it.each([
    ["volumes ended the month a fifth below October", -20],
    ["about a third above the year-earlier level", 33.3],
    ["roughly a quarter higher on the month", 25],
    ["a tenth lower year on year", -10],
    ["a 90% collapse in US-bound cargoes", -90],
    ["a 35% leap from October", 35],
  ])("reads a fraction or a noun of change as reporters put it: %s", (text, pct) => {
    expect(one(text)?.pct).toBeCloseTo(pct, 1);
  });

  it.each([
    ["Vietnam-bound cargoes were slashed by half in March", -50],
    ["deliveries had been trimmed by about a fifth", -20],
    ["the Indian flow was lifted by a quarter", 25],
    ["Japanese arrivals shed roughly a quarter of their volume", -25],
    ["the Dutch route gained a third of its tonnage in May", 33.3],
  ])("reads a fraction moved in the passive, or of the subject's own size: %s", (text, pct) => {
    expect(one(text)?.pct).toBeCloseTo(pct, 1);
  });

  it("reads a fraction after a difference in tonnes as the same change", () => {
    const r = findChanges("arrivals in Japan fell by 40 tonnes, or about a seventh");
    expect(r.map((h) => [h.unit, Math.round(h.pct * 10) / 10])).toEqual([
      ["t", -40],
      ["%", -14.3],
    ]);
  });

  it("leaves a fraction that is a share alone", () => {
    expect(findChanges("a quarter of all shipments")).toEqual([]);
    expect(findChanges("took a fifth above all others")).toEqual([]);
  });

  it("does not take a dash before a spaced number, or a range, for a sign", () => {
    expect(findChanges("exports – 12% of the total")).toEqual([]);
    expect(findChanges("a 10-12% band")).toEqual([]);
  });

  it("reads percentage points as a change of a share", () => {
    expect(one("its share rose by 1.5 percentage points")).toMatchObject({ pct: 1.5, unit: "pp" });
    expect(one("down 2.5pp")).toMatchObject({ pct: -2.5, unit: "pp" });
  });

  it("keeps both readings of a fold or 'times higher', the multiplication first", () => {
    const seven = one("shipments rose sevenfold");
    expect(seven?.readings?.map((r) => r.pct)).toEqual([600, 700]);
    expect(seven?.low).toBeLessThanOrEqual(600);
    expect(seven?.high).toBeGreaterThanOrEqual(700);
    expect(one("2.4 times as much as in April")?.pct).toBe(140);
    expect(one("2.4 times as much as in April")?.readings).toBeUndefined();
    expect(one("three times higher")?.readings?.map((r) => r.pct)).toEqual([200, 300]);
    expect(one("more than doubled")).toMatchObject({ pct: 100, hedge: "more_than", high: null });
    expect(one("nearly halved")?.pct).toBe(-50);
  });

  it("does not read occurrences as a multiple", () => {
    expect(findChanges("exports rose three times this year")).toEqual([]);
  });

  it("reads a difference in tonnes as a change, not a level", () => {
    expect(one("a drop of 312 tonnes from March")).toMatchObject({ pct: -312, unit: "t" });
    expect(one("exports rose by 677 t to 6,150 t")).toMatchObject({ pct: 677, unit: "t" });
    expect(one("582 tonnes less than in October")).toMatchObject({ pct: -582, unit: "t" });
    expect(findChanges("exports rose to 6,150 tonnes")).toEqual([]);
  });

  it("reads a bare number compared with another month after a tonnage as a difference in tonnes", () => {
    expect(one("Polish buyers took 95 tonnes in March, 14 more than in February")).toMatchObject({
      pct: 14,
      unit: "t",
    });
    expect(one("Thailand got 1,040 t, 260 fewer than a month earlier")).toMatchObject({
      pct: -260,
      unit: "t",
    });
    // no tonnage before it, or a count of something else: no difference
    expect(findChanges("14 more than in February")).toEqual([]);
    expect(findChanges("95 tonnes went to 14 more buyers than in February")).toEqual([]);
  });

  it("reads a difference whose comparison comes later in the clause", () => {
    expect(one("China shipped 677 tonnes more magnets in November than in October")).toMatchObject({
      pct: 677,
      unit: "t",
    });
    expect(one("shipments to the US were 74 tonnes lower in November than in October")).toMatchObject({
      pct: -74,
      unit: "t",
    });
    // a verb between the figure and the comparison makes the figure a level
    expect(findChanges("exports of 6,150 tonnes were higher than in October")).toEqual([]);
    // "made up" is a part of a whole, not a rise
    expect(findChanges("US-bound shipments made up 582 tonnes of that")).toEqual([]);
  });

  it("reads German, Chinese, Japanese and Korean changes with their bases", () => {
    expect(one("Die Exporte stiegen im November um 12,4 Prozent")).toMatchObject({ pct: 12.4 });
    expect(one("gingen im Vergleich zum Vorjahresmonat um 5,3 Prozent zurück")).toMatchObject({
      pct: -5.3,
      basis: "yoy",
    });
    expect(one("出口同比增长12%")).toMatchObject({ pct: 12, basis: "yoy" });
    expect(one("环比下降11.3%")).toMatchObject({ pct: -11.3, basis: "mom" });
    expect(one("前年同月比35%増")).toMatchObject({ pct: 35, basis: "yoy" });
    expect(one("전월 대비 12.4% 증가")).toMatchObject({ pct: 12.4, basis: "mom" });
  });

  it.each([
    ["rose 12% year-on-year", "yoy"],
    ["up 15.8% YoY", "yoy"],
    ["down 5% y/y", "yoy"],
    ["fell 3% on the year", "yoy"],
    ["5.7% more than in the same month last year", "yoy"],
    ["rose 4% compared with the same month last year", "yoy"],
    ["down 5.2% MoM", "mom"],
    ["+0.9% M/M", "mom"],
    ["rose 2% from the previous month", "mom"],
  ])("reads the base of %s", (text, basis) => {
    expect(one(text)?.basis).toBe(basis);
  });

  it("reads a base named before the clause's first change only", () => {
    expect(one("Versus the same month a year earlier, shipments were up 17.5%")?.basis).toBe("yoy");
    const [, second] = findChanges("Japan's rose 20% year on year, then fell 5%");
    expect(second?.basis).toBeNull();
  });

  it("reads a verb that moves its object across a long object: 'raised its sales of X to Y by N%'", () => {
    const c = findChanges(
      "Beijing reduced its deliveries of sintered magnets to buyers in Britain by 12.5% in March",
    );
    expect(c.map((x) => x.pct)).toEqual([-12.5]);
  });

  it("reads a base set at the head of a long clause when no figure stands between", () => {
    expect(
      one(
        "Set against the corresponding period of the previous year, overseas deliveries of Chinese sintered magnets in the month of March went up 9.4%",
      )?.basis,
    ).toBe("yoy");
    expect(
      one(
        "Relative to the previous month, and in spite of tighter licensing, the outbound volume of permanent magnets to Vietnam slipped 3.2%",
      )?.basis,
    ).toBe("mom");
    // a figure in between may be what the words compare
    expect(
      one(
        "Compared with a year earlier, when the country shipped some 4,100 tonnes of magnets to overseas buyers, volumes in May were down 2%",
      )?.basis,
    ).toBeNull();
  });

  // the pattern of a rise noun made negative runs only where "negative" comes before a rise noun or
  // a size; these read the same as when every clause with the word ran it
  it.each([
    ["Shipments to Korea saw negative growth of 6% in October.", -6],
    ["Exports posted a negative 4.5% growth on the year.", -4.5],
    ["Output recorded negative month-on-month growth, 3%.", -3],
    ["Analysts kept a negative view after exports rose 8%.", 8],
    ["The negative side of the ledger: imports rose 5%.", 5],
  ])("reads a rise noun made negative as a fall, and the word alone as nothing: %s", (clause, pct) => {
    expect(findChanges(clause).map((h) => h.pct)).toEqual([pct]);
  });
});

describe("findChanges, more forms", () => {
  it("gives a bare percentage after 'and' the verb of the change before it", () => {
    const [, second] = findChanges("up 32 percent year on year and 60.3 percent from May");
    expect(second).toMatchObject({ pct: 60.3 });
    expect(findChanges("fell 5% and 12% in November").map((c) => c.pct)).toEqual([-5, -12]);
  });

  it("reads '12x' and a fraction of another month's figure as changes", () => {
    expect(one("jumped almost 12x")).toMatchObject({ pct: 1100, hedge: "nearly" });
    const quarter = one("was less than a quarter of January's 6,357 tonnes");
    expect(quarter).toMatchObject({ pct: -75, low: -100, high: -72.5 });
    expect(one("about half the previous month's level")).toMatchObject({ pct: -50, hedge: "about" });
    expect(findChanges("half of China's exports")).toEqual([]);
  });

  it("reads a fraction without 'of' only before a possessive: otherwise it is a time or a place", () => {
    expect(one("about a third of the previous month")?.pct).toBeCloseTo(-200 / 3, 6);
    expect(one("barely a quarter March's volume")).toMatchObject({ pct: -75 });
    expect(findChanges("Korea, a close second a year earlier, slipped to third")).toEqual([]);
    expect(findChanges("the buyer that ranked a distant fifth a year ago")).toEqual([]);
    expect(findChanges("the curbs came half a year earlier")).toEqual([]);
  });
});

describe("a change 'under' or 'short of' what it is compared with", () => {
  it("reads a base figure stated after it, without the space after the words", () => {
    const c = one("some 5% short of the 47,778 t shipped a year earlier");
    expect(c).toMatchObject({ pct: -5, hedge: "about" });
    expect(one("about 15% under the 6,357 tonnes of January")).toMatchObject({ pct: -15 });
  });

  it("leaves a share under a policy alone", () => {
    expect(findChanges("40% under licence")).toEqual([]);
    expect(findChanges("12% under the new rules")).toEqual([]);
  });
});

describe("a change whose figure comes before its verb", () => {
  it("reads 'By 8.2 per cent rose ...' as a change, the verb giving its sign", () => {
    expect(one("By 8.2 per cent rose the shipments to Japan")).toMatchObject({ pct: 8.2 });
    expect(one("- By roughly 11 percent sank the deliveries")).toMatchObject({ pct: -11, hedge: "about" });
    // "by" inside a clause is the usual order, read by the usual grammar
    expect(findChanges("demand by 8.2 per cent rose")).toEqual([]);
  });
});

describe("'prior' for 'earlier' in a base", () => {
  it.each([
    ["That volume sat almost a third below a year prior.", "yoy"],
    ["Shipments were 4% higher than twelve months prior.", "yoy"],
    ["The tally slipped 3% against a month prior.", "mom"],
  ])("reads %s as %s", (text, basis) => {
    expect(basisIn(text)).toBe(basis);
  });
});

// Translated text writes the comparison with "regarding", "in relation to" or "with respect to".
describe("a base after 'regarding', 'in relation to', 'with respect to'", () => {
  it.each([
    ["rose 8.6% regarding the same month of the previous year", "yoy"],
    ["fell 4% in relation to the same period last year", "yoy"],
    ["grew 12% with respect to the previous month", "mom"],
    ["dropped 9% in relation to the month before", "mom"],
  ])("reads %s as %s", (text, basis) => {
    expect(basisIn(text)).toBe(basis);
  });
});

describe("bases named in Korean and Chinese", () => {
  it.each([
    ["지난해 같은 달 4,480톤과 비교하면 14.3% 증가", "yoy"],
    ["작년 동기 대비 8% 감소", "yoy"],
    ["较去年同期增长14.3%", "yoy"],
    ["전달 대비 75.5% 증가", "mom"],
    ["比上月下降3%", "mom"],
  ])("reads %s as %s", (text, basis) => {
    expect(basisIn(text, true)).toBe(basis);
  });
});

describe("bases of CJK changes", () => {
  it("reads the base named before each change, not the next one's", () => {
    const clause =
      "10월 수출량은 5,120톤으로 9월 5,480톤보다 6.6% 줄었지만 지난해 같은 달 4,480톤과 비교하면 14.3% 증가했다";
    expect(findChanges(clause).map((c) => [c.pct, c.basis])).toEqual([
      [-6.6, null],
      [14.3, "yoy"],
    ]);
  });
});

// How reporters write multiples, signs and differences: each wording with the change it states
// (percent, or tonnes for a difference). Written for these tests, in the styles of wire copy, trade
// notes, headlines and blogs.
describe("findChanges, multiples and signs as reporters write them", () => {
  it.each([
    ["Japan +35% m/m", 35, "%"],
    ["shipments to the US: +660% on May", 660, "%"],
    ["USA −11.3% in November", -11.3, "%"],
    ["volumes (+12.4%) beat forecasts", 12.4, "%"],
    ["the total more than doubled from May", 100, "%"],
    ["exports nearly tripled in a month", 200, "%"],
    ["US-bound volumes quadrupled", 300, "%"],
    ["shipments roughly halved in April", -50, "%"],
    ["exports were halving again in May", -50, "%"],
    ["a doubling of shipments to India", 100, "%"],
    ["US volumes rose more than sevenfold", 600, "%"],
    ["flows jumped 7-fold in June", 600, "%"],
    ["a 7.7-fold increase in June", 670, "%"],
    ["a threefold rise since spring", 200, "%"],
    ["sales were 2.4 times April's level", 140, "%"],
    ["2.6 times as much as in May", 160, "%"],
    ["three times higher than a year earlier", 200, "%"],
    ["shipments rose 2.4 times in November", 140, "%"],
    ["exports grew two-and-a-half times from May", 150, "%"],
    ["June's total was twice May's", 100, "%"],
    ["more than twice the May figure", 100, "%"],
    ["twice as much as a year ago", 100, "%"],
    ["nearly 8x the May volume", 700, "%"],
    ["about half the previous month's level", -50, "%"],
    ["less than one-tenth of April's", -90, "%"],
    ["exports fell by half from April", -50, "%"],
    ["shipments were down by a third", -100 / 3, "%"],
    ["dropped by nearly two-thirds on the year", -200 / 3, "%"],
    ["a third less than in April", -100 / 3, "%"],
    ["a quarter higher than a year earlier", 25, "%"],
    ["exports jumped twelve percent", 12, "%"],
    ["sales to the US fell eleven per cent", -11, "%"],
    ["a twenty-five per cent rise", 25, "%"],
    ["a 60-percent jump from a year earlier", 60, "%"],
    ["climbed 12.4pc month-on-month", 12.4, "%"],
    ["up 75.5 per cent month on month", 75.5, "%"],
    ["That's 2.6x May", 160, "%"],
    ["764t, more than triple May", 200, "%"],
    ["a drop of more than nine-tenths from March", -90, "%"],
    ["about half the level of January", -50, "%"],
    ["more than fourteen times May's low", 1300, "%"],
    ["up more than tenfold from May", 900, "%"],
    ["still below a third of January's", -200 / 3, "%"],
    ["a fall of about two-fifths on the year", -40, "%"],
    ["That is still more than six times as much as in May", 500, "%"],
    ["a 143 pc m-o-m jump", 143, "%"],
    ["a rise of 2.1 pc-points", 2.1, "pp"],
    ["nearly two-and-a-half times the 172 tonnes shipped in June", 150, "%"],
    ["three times the 1,200 t of March", 200, "%"],
    ["more than twice the 2,626t shipped in April", 100, "%"],
    ["less than a tenth of the 689 tonnes it sent us in May of last year", -90, "%"],
    ["roughly one-fifteenth of the 689 tonnes shipped in May 2024", -1400 / 15, "%"],
    ["about half the 5,324 tonnes of March", -50, "%"],
  ])("reads %s", (text, pct, unit) => {
    const hit = one(text);
    expect(hit?.pct).toBeCloseTo(pct as number, 6);
    expect(hit?.unit).toBe(unit);
  });

  it("reads a rounded multiple within a tenth of its factor", () => {
    expect(one("halved")).toMatchObject({ low: -55, high: -45 });
    expect(one("doubled")).toMatchObject({ low: 80, high: 120 });
    expect(one("exports fell by half")).toMatchObject({ low: -55, high: -45 });
  });

  it("does not read an ordinal as a fraction", () => {
    expect(findChanges("exports rose a third straight month")).toEqual([]);
    expect(findChanges("shipments fell for a third consecutive month")).toEqual([]);
  });

  it("still reads occurrences over a span as no multiple", () => {
    expect(findChanges("exports rose three times in 2025")).toEqual([]);
    expect(findChanges("exports rose three times over the year")).toEqual([]);
  });
});

describe("findChanges, differences in tonnes as reporters write them", () => {
  it.each([
    ["a drop of 372 tonnes from August", -372],
    ["677 tonnes more than in October", 677],
    ["an increase of 677 t on October", 677],
    ["some 370 tonnes fewer magnets than in August", -370],
    ["rose by roughly 680 tonnes", 680],
    ["down 74 tonnes from October", -74],
    ["74 t less than a month earlier", -74],
    ["shipments rose by 677 tonnes to 6,150 tonnes", 677],
    ["a 677-tonne rise", 677],
    ["a decline of 74 tonnes", -74],
    ["exports added 677 tonnes in a month", 677],
    ["exports shed 301 tonnes in October", -301],
    ["301 tonnes short of September's level", -301],
    ["up almost 700 tonnes on October", 700],
    ["topped October's by 677 tonnes", 677],
    ["trailed August's total by 372 tonnes", -372],
    ["307 tonnes higher than in May", 307],
    ["nearly two thousand tonnes above May's", 2000],
    ["some 300 tonnes below the previous month", -300],
    ["grew by 307 tonnes compared with May", 307],
    ["gained 79 tonnes over October", 79],
    ["slipped 58 tonnes from August", -58],
    ["+677 t m/m", 677],
    ["one thousand nine hundred and fifty tonnes more than in May", 1950],
    ["a shortfall of 301 tonnes", -301],
    ["416 tonnes in October, just 2 tonnes below the 418 tonnes of July", -2],
    ["December's volume was higher than October's 226 tons, by 64 tons", 64],
    ["exports reached 6,150 tonnes, beating the October total by 677 tonnes", 677],
    ["shipments exceed last year's by 120 t", 120],
    ["November's total, lagging October's by 40 tonnes", -40],
    ["the month's total, surpassing September's by some 380 tonnes", 380],
  ])("reads %s", (text, tonnes) => {
    expect(one(text)).toMatchObject({ pct: tonnes, unit: "t" });
  });

  it("reads a percentage after a difference in tonnes as the same change in percent", () => {
    expect(findChanges("a decline of roughly 760t, or 2.3%").map((c) => [c.pct, c.unit])).toEqual([
      [-760, "t"],
      [-2.3, "%"],
    ]);
    expect(findChanges("up 677 tonnes, or 12.4 per cent").map((c) => c.pct)).toEqual([677, 12.4]);
    expect(findChanges("fell by 170 tonnes in October, or 13.2%").map((c) => c.pct)).toEqual([-170, -13.2]);
  });

  it("reads a tonnage after a percentage change as the same change in tonnes", () => {
    const read = (s: string) => findChanges(s).map((c) => [c.pct, c.unit]);
    expect(read("shipments totalled 32,569 tonnes, up 11.9 per cent, or 3,474 tonnes")).toEqual([
      [11.9, "%"],
      [3474, "t"],
    ]);
    expect(read("4,407 tonnes, 37 per cent above February 2025, or 1,190 tonnes more")).toEqual([
      [37, "%"],
      [1190, "t"],
    ]);
    expect(
      findChanges("4,407 tonnes, 37 per cent above February 2025, or 1,190 tonnes more").map((c) => c.start),
    ).toEqual([14, 50]);
    expect(read("5,238 tonnes, 1.6 per cent below March 2025 and 86 tonnes fewer")).toEqual([
      [-1.6, "%"],
      [-86, "t"],
    ]);
  });

  it("reads a difference said as a change's noun and a copula, or against a year's months", () => {
    expect(one("The MoM increase in total exports was 659 tonnes")).toMatchObject({ pct: 659, unit: "t" });
    expect(one("the decline from September came to about 300 t")).toMatchObject({ pct: -300, unit: "t" });
    expect(
      one("2025 shipments of 22,970 tonnes exceeded the same four months of 2024 by 2,727 tonnes"),
    ).toMatchObject({ pct: 2727, unit: "t" });
  });

  it("leaves a level compared with another month a level", () => {
    expect(findChanges("exports rose to 6,150 tonnes, up from 5,473 tonnes")).toEqual([]);
    expect(
      findChanges("shipments of 6,150 tonnes, above expectations").filter((c) => c.unit === "t"),
    ).toEqual([]);
  });
});

describe("a change stated as ahead of or behind a year earlier", () => {
  it.each([
    ["shipments ran 12.6% ahead of last year", 12.6],
    ["44,355 tonnes, 14.4% ahead of last year", 14.4],
    ["roughly five percent behind last year", -5],
    ["about 5% behind the same period of 2024", -5],
  ])("reads %s", (text, pct) => {
    expect(one(text)).toMatchObject({ pct, basis: "yoy" });
  });

  it("does not read a lead in a race as a change", () => {
    expect(findChanges("Germany is 12% ahead of Korea in the ranking")).toEqual([]);
  });
});

describe("a change whose month stands between its verb and its figure", () => {
  it("reads 'fell in September by 4.3 percent' and 'rose in 2025 by 12%'", () => {
    expect(one("deliveries to Germany fell in September by 4.3 percent to 1,288 tonnes")).toMatchObject({
      pct: -4.3,
    });
    expect(one("exports rose in 2025 by about 12%")).toMatchObject({ pct: 12, hedge: "about" });
  });

  it("does not take a figure of another phrase after the month", () => {
    expect(findChanges("exports rose in September, by all accounts, to 5,774 t")).toEqual([]);
  });
});

describe("a change said of what something did to the figure", () => {
  it.each([
    ["The licensing freeze cut shipments to the US by 81% in May", -81, "%"],
    ["Strong orders lifted Germany's portion by 2.3 percentage points", 2.3, "pp"],
    ["the new quota regime trimmed the monthly total by 198 t", -198, "t"],
    ["A late rush of orders boosted deliveries to Japan by roughly 35 per cent", 35, "%"],
  ])("reads %s", (clause, pct, unit) => {
    const hits = findChanges(clause);
    expect(hits.map((h) => [h.pct, h.unit])).toEqual([[pct, unit]]);
    // the span starts at "by", so a destination in the object stays before the figure
    expect(clause.slice(hits[0]?.start ?? 0)).toMatch(/^by\s|^\d/);
  });

  it("does not read a verb whose object holds a figure of its own", () => {
    expect(findChanges("the ban cut 2,000 tonnes of orders by June")).toEqual([]);
  });
});

describe("a change that leaves its verb to the one before", () => {
  it.each([
    ["arrivals slid by 40 t in March and in April by a further 25 t", [-40, -25]],
    ["shipments climbed 300 tonnes in July, then another 120 tonnes in August", [300, 120]],
    ["exports eased 3% in May and a further 2% in June", [-3, -2]],
  ])("reads %s", (clause, pcts) => {
    expect(findChanges(clause).map((h) => h.pct)).toEqual(pcts);
  });

  it("does not read 'another' before a level as a change", () => {
    expect(findChanges("exports fell 5% in May; another 300 tonnes went to Japan")).toHaveLength(1);
  });
});

describe("a difference whose comparison is left to what came before", () => {
  it.each([
    ["Thailand's 96 t was 21 t more.", 21],
    ["set against August's 262 t, 14 tonnes fewer", -14],
    ["against October's 226 t, 79 tons more went there", 79],
    ["and December's 509 t was 65 t higher again", 65],
    ["with October's 444 t some 12 t lower still", -12],
  ])("reads %s", (clause, tonnes) => {
    expect(findChanges(clause).map((h) => [h.pct, h.unit])).toEqual([[tonnes, "t"]]);
  });

  it("leaves a tonnage with more of its own noun a level", () => {
    expect(findChanges("India wants 300 t more supply")).toEqual([]);
  });
});

describe("a difference named by a noun or against the month before", () => {
  it.each([
    ["exports were down 6.1% on a year earlier, a gap of roughly 300 tonnes", [-6.1, -300]],
    ["shipments rose 4% on the month, a difference of 210 t", [4, 210]],
    ["exports were 1,500 tonnes below the month before", [-1500]],
    ["some 90 t above the year before", [90]],
    ["1,190 T ABOVE YEAR-AGO LEVEL", [1190]],
    ["some 300 t below the year-earlier figure", [-300]],
    ["the net gain over March's 5,324 tonnes was about 1,100 tonnes", [1100]],
    ["The net increase over February's 3,217.4 tonnes was roughly 2,450 tonnes", [2450]],
  ])("reads %s", (clause, pcts) => {
    expect(findChanges(clause).map((h) => h.pct)).toEqual(pcts);
  });

  it("reads the base a difference names with 'below' or 'above', before a base named later", () => {
    const [first] = findChanges(
      "exports were 1,500 tonnes below the month before and 21% above a year earlier",
    );
    expect([first?.pct, first?.basis]).toEqual([-1500, "mom"]);
  });

  it("leaves a gap without a change to give it a direction alone", () => {
    expect(findChanges("the price gap of 300 t between suppliers")).toEqual([]);
  });
});

describe("a change noun as the subject, its size after the verb", () => {
  it.each([
    ["Set against the spring, the rise was 64%", 64],
    ["That decline is roughly 9 per cent on the year", -9],
    ["for Korea the month-on-month jump came to 41.5%", 41.5],
    ["its slide amounted to twelve percent", -12],
    ["April's climb was 18.2% m/m", 18.2],
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBe(pct);
  });

  it("keeps a destination named with the noun as the change's own", () => {
    const read = (t: string) =>
      extractClaims(t, { published: "2025-12-15" }).map((c) => `${c.text} ${c.partner} ${c.period}`);
    expect(read("The fall in Korean shipments was 14% in March.")).toEqual(["14% KOR 2025-03"]);
    expect(read("In August, India's slump was about 31%.")).toEqual(["about 31% IND 2025-08"]);
  });

  it("leaves a noun of change that is not the subject of the percentage", () => {
    expect(findChanges("the rise in prices is why 64% of buyers waited")).toEqual([]);
  });
});

describe("a percentage in words before a comparison it names", () => {
  it.each([
    ["came in some three percent higher than in August", 3],
    ["were twenty per cent below the year-earlier figure", -20],
    ["roughly eleven percent less than a year before", -11],
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBe(pct);
  });

  it("reads no change from words with no comparison after them", () => {
    expect(findChanges("exports were ten percent lower")).toEqual([]);
  });
});

describe("a gap or difference in tonnes", () => {
  it.each([
    ["the gap with August was 58 t", 58],
    ["and the difference from July's peak (619 t) is 198.5 t", 198.5],
    ["set against a year earlier, the gap came to about 410 tonnes", 410],
  ])("reads %s as a difference over time, by its size", (text, size) => {
    const c = one(text);
    expect([c?.unit, c?.pct, c?.unsigned]).toEqual(["t", size, true]);
  });

  it("reads the gap between two destinations as one taken between them, by its size", () => {
    const c = one("the gap between Germany and the United States was 867.5 t");
    expect([c?.unit, c?.pct, c?.unsigned, c?.between]).toEqual(["t", 867.5, true, { start: 8, end: 45 }]);
  });

  it.each([
    "the difference between magnets and rare earths was 1,773.7 t",
    "a gap of 868 t over the United States",
  ])("reads %s as no change and no level", (text) => {
    expect(findChanges(text)).toEqual([]);
    expect(
      extractClaims(`China's magnet exports in September 2025: ${text}.`, { published: "2025-10-15" }),
    ).toEqual([]);
  });
});

describe("a list item led by its percentage", () => {
  it.each([
    ["8.6%: the monthly rise in rare-earth exports in October", 8.6],
    ["- 20.1% - the drop in December from November", -20.1],
    ["-1.3%: the change in magnet exports on 2024", -1.3],
    // the gloss without its article, as number boxes set it
    ["7.2% — fall in rare-earth exports from September", -7.2],
    ["* 41%: year-on-year growth in shipments to Korea", 41],
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBe(pct);
  });

  it.each([
    ["Rare earth exports post 8.6% rise in October", 8.6],
    ["Magnets to Korea: 33% drop from September", -33],
    ["Shipments to India recorded 143% growth in July", 143],
    ["US-bound magnets saw 11.3% monthly decline", -11.3],
  ])(
    "reads a change noun without its article where headlines and verbs of recording drop it: %s",
    (text, pct) => {
      expect(one(text)?.pct).toBe(pct);
    },
  );

  it("leaves a percentage glossed by a noun of no change alone", () => {
    expect(findChanges("41.8%: the EU's share in November")).toEqual([]);
    expect(findChanges("12.4%: the change in magnet exports")).toEqual([]);
  });
});

describe("a change whose size is set apart from its verb or noun", () => {
  it.each([
    // a connective or a graded adjective between the verb and the size
    ["against the same month of the prior year, shipments grew nevertheless by 8.2 percent", 8.2, "yoy"],
    ["rare-earth cargoes climbed again 4%", 4, null],
    ["while deliveries to Japan fell a steep 31.5%", -31.5, null],
    ["Indian purchases rose a rather more modest 3 per cent", null, null],
    ["Korean orders advanced a healthy 14% on the month", 14, "mom"],
    // the same graded size after "up", "down" or "by"
    ["on the year, Thai purchases were down a sharp 63%", -63, "yoy"],
    ["deliveries to Mexico were up a modest 4.4% year on year", 4.4, "yoy"],
    ["Indian orders shrank by a hefty 38 per cent", -38, null],
    // a noun of change with its size right after it
    ["month-on-month growth 9.1%", 9.1, "mom"],
    // a base month named after the size is resolved by the caller
    ["the fall, about 22% on October, was the steepest since spring", -22, null],
    ["Annual decline: 6.4%", -6.4, "yoy"],
    // a sign in words
    ["4,120 tonnes, minus 7.7 percent compared with March", -7.7, null],
    ["Vietnam 303 t, plus 41 per cent year on year", 41, "yoy"],
    ["compared with the month of the previous year they rose however by 5.5 percent", 5.5, "yoy"],
  ])("reads %s", (text, pct, basis) => {
    const c = one(text);
    if (pct === null) return expect(c).toBeUndefined();
    expect([c?.pct, c?.basis]).toEqual([pct, basis]);
  });

  it.each([
    "growth, 15% of the total, came from Germany",
    "the decline: 30% share for the EU",
    "plus 12 tonnes of samples",
  ])("leaves %s without a change", (text) => {
    expect(findChanges(text)).toEqual([]);
  });
});

describe("a change whose size follows a comparative or a period, after a comma", () => {
  it.each([
    ["Exports to Korea slid harder, by 14.2%.", -14.2],
    ["Rare-earth shipments grew faster still in March, by 27 percent.", 27],
    ["Sales of magnets to India dropped more sharply during 2025, by about 9%.", -9],
    ["Deliveries to Mexico climbed in April 2026, by 3.5 per cent.", 3.5],
    ["Shipments to Vietnam sank even deeper, by 40%.", -40],
  ])("reads %s", (text, pct) => {
    expect(findChanges(text).map((c) => c.pct)).toEqual([pct]);
  });

  it("keeps a size said of something else apart", () => {
    expect(findChanges("Exports fell harder than imports, which rose by 5%.").map((c) => c.pct)).toEqual([5]);
  });
});

describe("the change patterns a clause is scanned with", () => {
  it("leaves out every pattern whose words of change the clause lacks", () => {
    expect(changePatternsFor("Japan's share of the total was 12% in October")).toEqual([]);
    expect(changePatternsFor("Magnet exports reached 6,150 tonnes")).toEqual([]);
    expect(changePatternsFor("shipments rose 8.5% to 1,020 t").length).toBeLessThan(PATTERNS.length / 3);
  });
});

describe("a verb that moves its object by a fraction", () => {
  it.each([
    ["the controls cut magnet shipments by three-quarters", -75],
    ["Beijing slashed deliveries to the US by half", -50],
    ["the truce lifted exports to Japan by a third", 33.3],
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBeCloseTo(pct, 1);
  });

  it("starts the change at 'by', leaving the object's destination before it", () => {
    const text = "Beijing slashed deliveries to the US by half";
    expect(text.slice(one(text)!.start)).toBe("by half");
  });

  it("reads no change in a fraction of something else", () => {
    expect(findChanges("the curbs cut exports by a third of what analysts feared")).toEqual([]);
  });
});

describe("'monthly' or 'yearly' set on a move", () => {
  it("names the move's own base, before any base words later in the clause", () => {
    const basis = (clause: string) => findChanges(clause).map((c) => [c.pct, c.basis]);
    expect(basis("The 9% monthly rise in June hides a weaker showing on the year")).toEqual([[9, "mom"]]);
    expect(basis("a 4.5% yearly drop, even as volumes picked up on the month")).toEqual([[-4.5, "yoy"]]);
    expect(basis("the monthly tally was up 7% on the year")).toEqual([[7, "yoy"]]);
  });
});

describe("a rate of growth told against an earlier rate", () => {
  it("keeps its own base: the month after the other percentage dates that rate", () => {
    const claims = extractClaims(
      "Year-on-year growth in magnet shipments eased to 4.1% in June from 9% in May.",
      { published: "2025-08-20" },
    );
    const growth = claims.find((c) => c.kind === "change");
    expect(growth?.stated.type === "change" ? growth.stated.basis : null).toBe("yoy");
    expect(growth?.period).toBe("2025-06");
  });
});
