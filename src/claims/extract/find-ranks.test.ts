// Scoped ranks ("a six-month high") and comparisons with a named month ("less than in July").
import { describe, expect, it } from "vitest";
import { findComparisons } from "./find-comparisons.js";
import { findRanks } from "./find-ranks.js";

describe("findRanks", () => {
  it("reads no extreme of a month said with two other words ('strongest for the month')", () => {
    expect(findRanks("November was the strongest for the month in three years")).toEqual([]);
  });

  it.each([
    ["a six-month high", { type: "months", months: 6 }, "high"],
    ["a fresh 10-month low", { type: "months", months: 10 }, "low"],
    ["a two-year peak", { type: "months", months: 24 }, "high"],
    ["the highest in seven months", { type: "months", months: 7 }, "high"],
    ["the biggest monthly figure so far this year", { type: "year", year: null }, "high"],
    ["their strongest pace since March", { type: "since", period: null }, "high"],
    ["the year's peak", { type: "year", year: null }, "high"],
    ["2024's low", { type: "year", year: 2024 }, "low"],
    ["January, the record month", { type: "record" }, "high"],
    // what the extreme is of, named between it and its noun
    ["the weakest rare-earth export total of 2024", { type: "year", year: 2024 }, "low"],
    ["the smallest monthly germanium export on record", { type: "record" }, "low"],
    ["the strongest reading of this year", { type: "year", year: null }, "high"],
    ["the weakest level for Japan in this year", { type: "year", year: null }, "low"],
    ["the biggest monthly antimony export since March", { type: "since", period: null }, "high"],
  ])("reads %s", (text, scope, direction) => {
    expect(findRanks(text)[0]).toMatchObject({ n: 1, scope, direction });
  });

  it.each([
    ["exports hit a fresh all-time record in May", "a fresh all-time record", { type: "record" }, "high"],
    ["6,400 t, a record for the country", "a record", { type: "record" }, "high"],
    ["a record for the series, beating March", "a record", { type: "record" }, "high"],
    ["shipments set a record of 900 tonnes", "a record", { type: "record" }, "high"],
    ["7.1kt, a series high", "a series high", { type: "record" }, "high"],
    ["a series low of 2,100 t", "a series low", { type: "record" }, "low"],
    ["May's 6,217 t, which is still the record", "is still the record", { type: "record" }, "high"],
    ["4,416 t, the peak of 2024", "the peak of 2024", { type: "year", year: 2024 }, "high"],
    ["2,920 t, the trough for the year", "the trough for the year", { type: "year", year: null }, "low"],
  ])("reads a record or a year's extreme said as a noun: %s", (text, words, scope, direction) => {
    const hit = findRanks(text)[0];
    expect(text.slice(hit?.start, hit?.end)).toBe(words);
    expect(hit).toMatchObject({ n: 1, scope, direction });
  });

  it.each([
    [
      "the weakest of the past four months",
      "weakest of the past four months",
      { type: "months", months: 4 },
      "low",
    ],
    ["its peak over the last nine months", "peak over the last nine months", null, null],
    [
      "the high point of the previous eight months",
      "the high point of the previous eight months",
      { type: "months", months: 8 },
      "high",
    ],
    [
      "the trough of the last three months",
      "the trough of the last three months",
      { type: "months", months: 3 },
      "low",
    ],
    [
      "the strongest reading in the past year",
      "strongest reading in the past year",
      { type: "months", months: 12 },
      "high",
    ],
    [
      "June was the low point of the four months",
      "the low point of the four months",
      { type: "months", months: 4, open: true },
      "low",
    ],
    [
      "the third-biggest of the ten months shown",
      "third-biggest of the ten months",
      { type: "months", months: 10, open: true },
      "high",
    ],
  ])(
    "reads a window of the past months, or of months the text leaves open: %s",
    (text, words, scope, direction) => {
      const hit = findRanks(text)[0];
      if (scope === null) return expect(hit).toBeUndefined();
      expect(text.slice(hit?.start, hit?.end)).toBe(words);
      expect(hit).toMatchObject({ scope, direction });
    },
  );

  it.each([
    [
      "the largest for that market so far this year",
      "largest for that market so far this year",
      1,
      { type: "year", year: null },
    ],
    [
      "the weakest month for Korea-bound cargoes since March",
      "weakest month for Korea-bound cargoes since",
      1,
      { type: "since", period: null },
    ],
    [
      "the third-lowest month in the official series",
      "third-lowest month in the official series",
      3,
      { type: "record" },
    ],
    ["the record is still March 2025", "the record is still", 1, { type: "record" }],
    ["well short of May's all-time high", "all-time high", 1, { type: "record" }],
    ["Mexico took 95 t, a new record for Mexico", "a new record for Mexico", 1, { type: "record" }],
  ])("reads a rank whose words name what it is of, or whose month holds it: %s", (text, words, n, scope) => {
    const hit = findRanks(text)[0];
    expect(text.slice(hit?.start, hit?.end)).toBe(words);
    expect(hit).toMatchObject({ n, scope });
  });

  it("leaves a record for a month of the year alone", () => {
    expect(findRanks("a record for March shipments")).toEqual([]);
  });

  it("leaves a record that is a log or a count alone", () => {
    expect(findRanks("a record of shipments kept by the port")).toEqual([]);
    expect(findRanks("a record number of buyers")).toEqual([]);
    expect(findRanks("a record for exports of that kind")).toEqual([]);
  });

  it("keeps the data a record is counted over with it ('a record in the data series')", () => {
    const text = "they set a new all-time high in the available data, at 900 tonnes";
    const hit = findRanks(text)[0];
    expect(text.slice(hit?.start, hit?.end)).toBe("a new all-time high in the available data");
    const plain = "a record in customs records, at 900 tonnes";
    expect(plain.slice(findRanks(plain)[0]?.start, findRanks(plain)[0]?.end)).toBe("a record");
  });
});

describe("findRanks, a window written short", () => {
  it.each([
    ["US: 564t in Dec. Lowest in 3 mths tho.", 3, "low"],
    ["exports hit a 6-mth high", 6, "high"],
    ["the weakest reading in two yrs", 24, "low"],
  ])("reads %s", (text, months, direction) => {
    expect(findRanks(text)[0]).toMatchObject({ n: 1, scope: { type: "months", months }, direction });
  });
});

describe("findRanks, a record said with who keeps it", () => {
  it.each([
    ["the third-highest month customs have ever published", 3, "high"],
    ["the second lowest figure they've ever reported", 2, "low"],
    ["the biggest monthly haul ever registered", 1, "high"],
  ])("reads %s as a rank on record", (text, n, direction) => {
    expect(findRanks(text)[0]).toMatchObject({ n, scope: { type: "record" }, direction });
  });

  it("counts a record kept since a year from that year", () => {
    expect(findRanks("the second-largest monthly haul in records kept since early 2023")[0]).toMatchObject({
      n: 2,
      scope: { type: "since", period: "2023" },
    });
  });
});

describe("findComparisons", () => {
  it.each([
    ["were less than in July", "down"],
    ["higher than a year earlier", "up"],
    ["fell below August's level", "down"],
    ["above July's 5,577 tonnes", "up"],
    ["Japan took more magnets in November than in October", "up"],
    ["China shipped fewer magnets in October than in September", "down"],
    ["were higher in November than a month earlier", "up"],
    ["were down on August, at 1,288 tonnes", "down"],
    ["were up on July", "up"],
    ["were well above the June figure", "up"],
    ["smaller than November's", "down"],
    ["seven-month shipments were ahead of 2023's", "up"],
    ["the year's exports ran behind 2024", "down"],
  ])("reads %s", (text, direction) => {
    expect(findComparisons(text).map((c) => c.direction)).toEqual([direction]);
  });

  it("leaves time and forecasts alone", () => {
    expect(findComparisons("less than a month earlier, Beijing announced controls")).toEqual([]);
    expect(findComparisons("could be higher than in July")).toEqual([]);
  });
});

describe("findRanks, more scopes", () => {
  it("reads a rank in the series and records in German and Chinese", () => {
    expect(findRanks("the second best month in the series")[0]).toMatchObject({
      n: 2,
      scope: { type: "record" },
    });
    expect(findRanks("erreichten einen Rekordwert")[0]).toMatchObject({ n: 1, direction: "high" });
    expect(findRanks("出口创历史新高")[0]).toMatchObject({ n: 1, direction: "high" });
  });
});

// How the press words ranks and streaks, gathered from wire, trade-press and analyst writing on
// China's magnet and rare-earth exports (paraphrased): each is read as a class, not as a phrase.
describe("findRanks, the ways reporters word a rank", () => {
  const high = "high";
  const low = "low";
  it.each([
    ["the highest since January", 1, high, { type: "since", period: null }],
    ["their highest level since January", 1, high, { type: "since", period: null }],
    ["the highest for a single month since January", 1, high, { type: "since", period: null }],
    ["the largest for any month since March", 1, high, { type: "since", period: null }],
    ["the lowest monthly total since February", 1, low, { type: "since", period: null }],
    ["the strongest reading since May", 1, high, { type: "since", period: null }],
    ["the most since January", 1, high, { type: "since", period: null }],
    ["lower than in any month since February", 1, low, { type: "since", period: null }],
    ["the second-highest on record", 2, high, { type: "record" }],
    ["the second highest monthly figure on record", 2, high, { type: "record" }],
    ["the third-largest ever", 3, high, { type: "record" }],
    ["the highest-ever monthly total", 1, high, { type: "record" }],
    ["the lowest since the data series began", 1, low, { type: "record" }],
    ["the lowest in customs records", 1, low, { type: "record" }],
    ["more than in any previous month on record", 1, high, { type: "record" }],
    ["the highest on record, second only to January", 2, high, { type: "record" }],
    ["the lowest since records began in 2017", 1, low, { type: "since", period: "2017" }],
    ["the highest in seven months", 1, high, { type: "months", months: 7 }],
    ["the lowest level in 10 months", 1, low, { type: "months", months: 10 }],
    ["the highest in more than a year", 1, high, { type: "months", months: 12 }],
    ["the highest in nearly a year", 1, high, { type: "months", months: 10 }],
    ["a nine-month low", 1, low, { type: "months", months: 9 }],
    ["a six-month peak", 1, high, { type: "months", months: 6 }],
    ["a nearly two-year high", 1, high, { type: "months", months: 22 }],
    ["an 18-month trough", 1, low, { type: "months", months: 18 }],
    ["the highest this year", 1, high, { type: "year", year: null }],
    ["the highest yet this year", 1, high, { type: "year", year: null }],
    ["the biggest month for magnet exports so far this year", 1, high, { type: "year", year: null }],
    ["the biggest month so far this year after January", 2, high, { type: "year", year: null }],
    ["the highest this year except for January's", 2, high, { type: "year", year: null }],
    ["the second-largest of 2025", 2, high, { type: "year", year: 2025 }],
    ["the weakest monthly showing so far in 2025", 1, low, { type: "year", year: 2025 }],
    ["this year's second-highest", 2, high, { type: "year", year: null }],
    ["higher than in any other month this year", 1, high, { type: "year", year: null }],
    ["the highest US figure since January", 1, high, { type: "since", period: null }],
    ["the highest EU volume in the available data", 1, high, { type: "record" }],
    ["the lowest US month of the year", 1, low, { type: "year", year: null }],
    ["monthly exports in 2025 peaked in June", 1, high, { type: "year", year: 2025 }],
    ["exports in 2025 hit their trough in September", 1, low, { type: "year", year: 2025 }],
  ])("reads %s", (text, n, direction, scope) => {
    expect(findRanks(text)[0]).toMatchObject({ type: "rank", n, direction, scope });
  });

  it("reads a peak over no year the clause names as the top of some months around it, not of a year", () => {
    expect(findRanks("shipments peaked in June")[0]).toMatchObject({
      scope: { type: "months", months: 3, open: true },
    });
    expect(findRanks("shipments peaked")).toEqual([]);
  });

  it("reads a cause after the months as no exception", () => {
    expect(findRanks("the highest this year after April's curbs were eased")[0]).toMatchObject({ n: 1 });
  });
});

describe("findRanks, the ways reporters word a streak", () => {
  it.each([
    ["fell for a second straight month", 2, "down"],
    ["a fifth straight monthly fall", 5, "down"],
    ["declined for a third successive month", 3, "down"],
    ["fell for a second month in October", 2, "down"],
    ["rose for the third month", 3, "up"],
    ["exports rose for a fourth month, to 6,146 t", 4, "up"],
    ["fell sharply for a second straight month", 2, "down"],
    ["fell in October for the second month running", 2, "down"],
    ["shipments dropped for two months in a row", 2, "down"],
    ["rose for a third month in a row", 3, "up"],
    ["a third monthly decline in a row", 3, "down"],
    ["the second drop in a row", 2, "down"],
    ["three straight months of gains", 3, "up"],
    ["three consecutive months of decline", 3, "down"],
    ["marking a second month of growth", 2, "up"],
    ["the second consecutive month of significant decline", 2, "down"],
    ["the second consecutive monthly increase", 2, "up"],
    ["That's down for a second month", 2, "down"],
    ["the second decline in succession", 2, "down"],
    ["a 3rd consecutive MoM gain", 3, "up"],
    ["the 2nd monthly fall", 2, "down"],
    ["four straight monthly falls", 4, "down"],
    ["3 consecutive monthly gains", 3, "up"],
    // a fact list puts the count first and the run after a colon or dash
    ["5: straight monthly declines in shipments to the US", 5, "down"],
    ["2 - consecutive monthly increases to October", 2, "up"],
    // a headline leaves out the article
    ["China's October magnet exports fall for second month", 2, "down"],
    ["US shipments rise for third month", 3, "up"],
  ])("reads %s", (text, n, direction) => {
    expect(findRanks(text)[0]).toMatchObject({ type: "streak", n, direction });
  });

  it.each([
    ["exports fell, ending three straight months of gains", 3, "up", undefined],
    ["shipments slipped, snapping a three-month winning streak", 3, "up", undefined],
    ["volumes rose in June after two consecutive months of declines", 2, "down", undefined],
    ["breaking a run of four monthly falls", 4, "down", undefined],
    ["the first decline in three months", 2, "up", true],
    ["the first monthly increase in four months", 3, "down", true],
  ])("reads %s as a run that ended the month before", (text, n, direction, atLeast) => {
    const hit = findRanks(text)[0];
    expect(hit).toMatchObject({ type: "streak", n, direction, before: true });
    expect(hit?.atLeast).toBe(atLeast);
  });

  it("reads a count of rises in a year as no streak", () => {
    expect(findRanks("only the third rise this year")).toEqual([]);
    expect(findRanks("the second monthly decline this year")).toEqual([]);
    expect(findRanks("rose in the second month of the year")).toEqual([]);
  });
});

describe("a peak or a record said without an extreme's usual words", () => {
  const open = { type: "months", months: 3, open: true };
  it.each([
    // a peak or trough named by its month: the top of some stretch of months around it
    ["Korean purchases peaked in August at 1,020 tonnes", open, "high"],
    ["rare-earth shipments topped out in June 2025", open, "high"],
    ["deliveries to Vietnam bottomed out in February", open, "low"],
    ["The trough came in March, at 2,480 t", open, "low"],
    ["the high point was reached in November", open, "high"],
    // a record or extreme with nouns and data words not seen before
    ["4,980 t, the lowest value since April", { type: "since", period: null }, "high"],
    ["the biggest monthly total in our series", { type: "record" }, "high"],
    ["September was a record for Germany-bound magnet shipments", { type: "record" }, "high"],
  ])("reads %s", (text, scope, direction) => {
    const hit = findRanks(text)[0];
    expect(hit).toMatchObject({ n: 1, scope, direction: text.includes("lowest") ? "low" : direction });
  });

  it.each([
    // a window named some other way, a share's or a price's peak, a destination named after it
    "in the first half, magnet exports peaked in March",
    "shipments between April and July peaked in June",
    "the EU's share peaked in June at 43%",
    "oxide prices peaked in February",
    "The low point came in April, when only 46 tonnes went to the United States",
    // a record of something other than trade
    "a record for the company in October",
  ])("reads no rank in %s", (text) => {
    expect(findRanks(text)).toEqual([]);
  });
});

describe("findRanks, a destination or a product after the extreme", () => {
  const since = { type: "since", period: null };
  it.each([
    // a place written as a name, one word or two
    ["the strongest month for South Korea since March", "strongest month for South Korea since", 1, since],
    [
      "the second-highest to the Netherlands since April",
      "second-highest to the Netherlands since",
      2,
      since,
    ],
    ["the highest for India ever recorded", "highest for India ever recorded", 1, { type: "record" }],
    // what the extreme is of, in small letters: a product, or no place at all
    ["the weakest month for magnets since June", "weakest month for magnets since", 1, since],
    ["the lowest level for gallium since 2023", "lowest level for gallium since", 1, since],
    ["the highest to date this year", "highest to date this year", 1, { type: "year", year: null }],
  ])("reads %s", (text, words, n, scope) => {
    const hit = findRanks(text)[0];
    expect(text.slice(hit?.start, hit?.end)).toBe(words);
    expect(hit).toMatchObject({ n, scope });
  });

  it.each([
    // a word in small letters after "for" is no destination: these rank prices and traders, not trade
    "the highest level for prices since 2022",
    "the busiest month for traders since January",
  ])("reads no rank in %s", (text) => {
    expect(findRanks(text)).toEqual([]);
  });
});
