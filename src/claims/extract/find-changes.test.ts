// Changes as reporters write them: percent spellings, signs, multiples with both readings,
// differences in tonnes, German and CJK wordings, and the base named with them.
import { describe, expect, it } from "vitest";
import { basisIn } from "./change-bases.js";
import { findChanges } from "./find-changes.js";

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
  ])("reads %s", (text, pct) => {
    expect(one(text)?.pct).toBe(pct);
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
