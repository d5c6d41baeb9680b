// Tonnages and shares as reporters write them, each with its rounding.
import { describe, expect, it } from "vitest";
import { findLevels, findShares } from "./find-figures.js";

const level = (s: string) => findLevels(s).map((l) => l.value);

describe("findLevels", () => {
  it.each([
    ["China exported 5,473t in October", 5473],
    ["shipments of 305,000 kg to Japan", 305],
    ["the total reached 6,150 mt", 6150],
    ["volumes of 6.15 kt", 6150],
    ["volumes of 6.15 k t", 6150],
    ["51.44kt so far", 51440],
    ["about six thousand tonnes", 6000],
    ["six thousand one hundred and fifty tonnes", 6150],
    ["about five and a half thousand tonnes", 5500],
    ["a bit over sixty-two and a half thousand tonnes", 62500],
    ["some twelve hundred tonnes", 1200],
    ["Die Ausfuhren erreichten 6.150 Tonnen", 6150],
    ["出口5,774吨", 5774],
    ["出口5.2万吨", 52000],
    ["輸出は305トン", 305],
    ["수출은 5,774톤", 5774],
    ["대일 수출은 4천205t으로 늘었다", 4205],
    ["누적 수출은 3만1천46t이었다", 31046],
    ["약 1만2천t 수준", 12000],
    ["出口3万5000吨", 35000],
    ["exports of 4 205 tonnes", 4205],
    ["exportations de 4\u202f205 tonnes", 4205],
    ["exportations de 12\u00a0046,5 tonnes", 12046.5],
    ["magnet exports of 6.15 kilotonnes", 6150],
    ["a 6,150-tonne total", 6150],
    ["6,150mt (Nov)", 6150],
  ])("reads %s", (text, value) => {
    expect(level(text)).toEqual([value]);
  });

  it("gives the bare figure a change runs to the unit of the one it runs from", () => {
    expect(level("magnet exports halved, from 5,324 tonnes in March to 2,626.")).toEqual([5324, 2626]);
    expect(findLevels("shrank from 246 tonnes to 46 in May")[1]).toMatchObject({
      value: 46,
      unitShared: true,
    });
    expect(level("from 5,324 tonnes in March to 2025 levels")).toEqual([5324]);
    expect(level("from 5,324 tonnes to 12% of the total")).toEqual([5324]);
    expect(level("rose 20% to 1,346 tonnes from 1,116 to Germany")).toEqual([1346]);
  });

  it.each([
    "the US share sank to roughly one in ten tonnes",
    "two out of every five tonnes went to Germany",
    "about 1 in 12 tonnes shipped went to India",
    "nearly two tonnes in five went to the European Union",
  ])("reads no tonnage in a ratio said of tonnes: %s", (clause) => {
    expect(level(clause)).toEqual([]);
  });

  it("reads nothing shipped, said in words, as a level of zero to the kilogram", () => {
    for (const t of [
      "gallium exports fell to zero in August",
      "dysprosium shipments were nil in May",
      "terbium shipments were again nil in June",
      "- August: germanium exports zero",
      "monthly volumes ranged from zero in May to 10,809 kg in December",
    ]) {
      const [hit] = findLevels(t);
      expect(hit, t).toMatchObject({ value: 0, low: 0, high: 0.0005 });
    }
    for (const t of [
      "a pledge of zero tariffs on magnets",
      "the goal of net zero",
      "a zero-sum contest",
      "growth was zero percent",
    ])
      expect(level(t), t).toEqual([]);
  });

  it("does not join numbers whose groups are not exactly three digits", () => {
    expect(level("in 2025 188 tonnes went to Japan")).toEqual([188]);
    expect(level("the line 31 88 tonnes")).toEqual([88]);
  });

  it("keeps the rounding of a number's last part", () => {
    expect(findLevels("1만2천t")[0]).toMatchObject({ value: 12000, halfUnit: 500 });
    expect(findLevels("3천188t")[0]).toMatchObject({ value: 3188, halfUnit: 0.5, start: 0 });
  });

  it("keeps the rounding and the hedge", () => {
    const [l] = findLevels("just under 6,149.95 tonnes");
    expect(l).toMatchObject({ hedge: "just_under", halfUnit: 0.005 });
    expect(findLevels("about 6,150 tonnes")[0]).toMatchObject({
      hedge: "about",
      low: 6145,
      high: 6155,
      start: 0,
    });
  });

  it("does not take a small decimal in mt for metric tonnes, nor 'm' before 't' for million", () => {
    expect(level("a quota of 1.5 mt")).toEqual([]);
    expect(level("5 mt")).toEqual([5]);
  });

  it("reads the bare numbers of a list that share the last one's unit, marking where the unit came from", () => {
    const hits = findLevels("Germany, South Korea and Vietnam took 1,288, 854 and 0.44 kt");
    expect(hits.map((h) => [h.value, h.unitShared ?? false, h.list])).toEqual([
      [1288000, true, { index: 0, size: 3 }],
      [854000, true, { index: 1, size: 3 }],
      [440, false, { index: 2, size: 3 }],
    ]);
    expect(level("in 2024 and 2025 tonnes")).toEqual([2025]);
    expect(level("up 12%, 854 and 444 tonnes")).toEqual([854, 444]);
  });

  it("marks 'mt' below a hundred as a unit read by size (it could be million tonnes)", () => {
    expect(findLevels("64 mt")[0]?.unitGuessed).toBe(true);
    expect(findLevels("5,473 mt")[0]?.unitGuessed).toBeUndefined();
    expect(findLevels("64 tonnes")[0]?.unitGuessed).toBeUndefined();
  });

  it("marks a figure named as the whole a part is taken of", () => {
    const [, whole] = findLevels("Germany took 1,346 t of the 6,146 t shipped");
    expect(whole).toMatchObject({ value: 6146, whole: true });
  });
});

describe("findShares", () => {
  const pct = (s: string) => findShares(s).map((h) => h.pct);
  it.each([
    ["making up 12% of all shipments", 12],
    ["its portion of the total stood at 6.1 percent", 6.1],
    ["just over a fifth of the total", 20],
    ["its share slipped to 15.2%", 15.2],
    ["the proportion for the United States stood at 11 per cent", 11],
    ["roughly one in eight magnets went to Germany", 12.5],
    ["a 9.5% share", 9.5],
    ["12 per cent went to Japan", 12],
  ])("reads %s", (text, value) => {
    expect(pct(text)).toEqual([value]);
  });

  it("widens a ratio by its own looseness and a fraction by its hedge", () => {
    const [r] = findShares("one in ten went to the US");
    expect(r?.low).toBeLessThan(9);
    expect(r?.high).toBeGreaterThan(11);
    // doubled, but short of where a fifth plainly is the figure (fraction-bands.ts)
    expect(findShares("about a quarter of exports")[0]).toMatchObject({
      hedge: "about",
      low: 21.25,
      high: 30,
    });
  });

  it("skips ratios of time", () => {
    expect(pct("one in 12 months")).toEqual([]);
  });
});

describe("findShares, more forms", () => {
  it.each([
    ["or 7.6 pc of the total", 7.6],
    ["18.6% of December's volume", 18.6],
    ["its share collapsed to 4% in November", 4],
    ["4% was May's share", 4],
    ["rund ein Fünftel der Gesamtmenge", 20],
  ])("reads %s", (text, value) => {
    expect(findShares(text).map((h) => h.pct)).toEqual([value]);
  });

  it("reads the earlier share a change of share starts from", () => {
    expect(
      findShares("the EU's share rose to 43 per cent in June from 23 per cent in May").map((h) => h.pct),
    ).toEqual([43, 23]);
  });
});

describe("a figure that leads its line, its unit first in the words after it", () => {
  it.each([
    ["3. 4,118: tonnes of tungsten concentrate shipped in March", 4118],
    ["812 - tonnes of antimony sent to Belgium", 812],
    ["7. 0: kilograms of germanium exported in June", 0],
    ["2,400: kilograms of gallium sold abroad in April", 2.4],
  ])("reads %s", (clause, value) => {
    expect(level(clause)).toEqual([value]);
  });

  it("leaves a figure whose words after the colon name no unit", () => {
    expect(level("5. 12: the months it took for the share to recover")).toEqual([]);
  });
});

describe("a bound said right after the figure", () => {
  const hit = (s: string) => {
    const [l] = findLevels(s);
    return l && { value: l.value, hedge: l.hedge, low: l.low, high: l.high };
  };
  it.each([
    ["shipments of 6,000-odd tonnes", { value: 6000, hedge: "just_over", low: 6000, high: 7000 }],
    ["some 500-odd tonnes went to the US", { value: 500, hedge: "just_over", low: 500, high: 600 }],
    ["a 20 odd tonne parcel", { value: 20, hedge: "just_over", low: 20, high: 30 }],
    ["6,000-plus tonnes a month", { value: 6000, hedge: "more_than", high: null }],
    ["exports of 6,000+ t in November", { value: 6000, hedge: "more_than", high: null }],
  ])("%j", (s, want) => {
    expect(hit(s)).toMatchObject(want);
  });

  it("reads a sum's figures on their own, not as a bound", () => {
    expect(level("3,000 plus 3,150 tonnes")).toEqual([3150]);
  });
});
