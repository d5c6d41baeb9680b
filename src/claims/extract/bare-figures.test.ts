// Numbers whose unit the text states once: a caption or sentence that declares it ("in thousand
// tonnes", "(t)"), a tonnage the sentence or a recent one wrote with its unit, an answer after a
// question in tonnes. Each bare number named with its month (or destination) becomes a tonnage in
// that unit, scaled and as precise as written, and marked as carried: it can support, never
// contradict. Years, days, counts, percentages, prices, codes and ranks stay what they are.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (t: string) =>
  extractClaims(t, { published: "2026-02-10" })
    .filter((c) => c.kind === "level" || c.kind === "ytd")
    .map((c) => {
      const s = c.stated;
      const v = s.type === "level" ? `${s.value} [${s.low}, ${s.high}]` : "";
      return `${c.text} ${c.partner} ${c.period} ${v} ${c.grounds.unit ?? "written"}`;
    });

describe("a unit declared once gives the bare numbers after it theirs", () => {
  it.each([
    [
      // a caption's "in thousand tonnes": scaled, precise to the stated digit
      "Graph: China's monthly exports of rare-earth magnets in 2025, in thousand tonnes. It opens at 4.92 in February and dips to 3.05 in March.",
      ["4.92 WLD 2025-02 4920 [4915, 4925] carried", "3.05 WLD 2025-03 3050 [3045, 3055] carried"],
    ],
    [
      // a heading's "(t)" over a paragraph of month labels
      "Outbound magnet shipments to Vietnam, 2025 (t)\n\nMar 321.6, Apr 287.4 and May 199.",
      [
        "321.6 VNM 2025-03 321.6 [321.55, 321.65] carried",
        "287.4 VNM 2025-04 287.4 [287.35, 287.45] carried",
        "199 VNM 2025-05 199 [198.5, 199.5] carried",
      ],
    ],
    [
      // a tonnage in the same sentence: the possessive month and "precisely" restate in its unit
      "India's 233 tonnes in March were well above February's 141.",
      ["233 tonnes IND 2025-03 233 [232.5, 233.5] written", "141 IND 2025-02 141 [140.5, 141.5] carried"],
    ],
    [
      "Shipments reached roughly 4,800 tonnes in March, 4,812 to be precise.",
      [
        "roughly 4,800 tonnes WLD 2025-03 4800 [4750, 4850] written",
        "4,812 WLD 2025-03 4812 [4811.5, 4812.5] carried",
      ],
    ],
    [
      // a year as the subject, in a talk that has given tonnes
      "Exports for 2025 totalled 61,020 tonnes. 2024 was 58,470, by the same count.",
      [
        "61,020 tonnes WLD 2025-01..2025-12 61020 [61015, 61025] written",
        "58,470 WLD 2024-01..2024-12 58470 [58465, 58475] carried",
      ],
    ],
    [
      // an answer that opens with the number gives what its question asked
      "Q: What did China ship in April?\nA: 3,412 tonnes of magnets.\nQ: And in May?\nA: 2,987.5, a little less.",
      [
        "3,412 tonnes WLD 2025-04 3412 [3411.5, 3412.5] written",
        "2,987.5 WLD 2025-05 2987.5 [2987.45, 2987.55] carried",
      ],
    ],
    [
      // a line that leads with the number and says its unit in the gloss after the dash
      "KEY FIGURES\n\n2,904 - exports to all buyers in March, in tonnes\n318.5 - Japan's intake in April (tonnes)",
      ["2,904 WLD 2025-03 2904 [2903.5, 2904.5] carried", "318.5 JPN 2025-04 318.5 [318.45, 318.55] carried"],
    ],
    [
      // the destination named after the verb that sends the number there
      "Of the 4,210 tonnes China shipped in April, 397 went to India.",
      ["4,210 tonnes WLD 2025-04 4210 [4205, 4215] written", "397 IND 2025-04 397 [396.5, 397.5] carried"],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("numbers that are not tonnages stay out, even where a unit was declared", () => {
  it.each([
    // a day of the month, a year, a count of firms, a percentage, a price, a rank, a page
    "Magnet exports, 2025 (tonnes)\n\nThe customs office published the data on March 18, and 42 exporters held licences in 2025.",
    "Figures in tonnes. Prices rose 12 in April to 560 yuan, and the US ranked No. 3 in May.",
    "Magnet exports (t)\n\nSee page 14 in March's report; 2024 was a weak year and 35% went to Germany in May.",
    "China exported 5,210 tonnes in March. Licences take 45 days in April, and Article 12 in May.",
    // a number that counts the noun after it
    "Japan took 305 tonnes in November. Germany's 16 states bought more in October, and the EU's 27 members agreed in May.",
    // without a declared unit, a bare number named with a month is not a tonnage
    "The index stood at 4,215 in March and 4,390 in April.",
  ])("%s", (text) => {
    expect(read(text).filter((x) => x.endsWith("carried"))).toEqual([]);
  });
});

describe("a destination's verb of receiving labels a bare number", () => {
  it("reads 'Japan took 305' and 'Korea received 815' after a tonnage as their tonnages", () => {
    expect(
      read(
        "China exported 6,150 tonnes of magnets in November 2025. Japan took 305, while Korea received 815.",
      ).slice(1),
    ).toEqual(["305 JPN 2025-11 305 [304.5, 305.5] carried", "815 KOR 2025-11 815 [814.5, 815.5] carried"]);
  });
});

describe("a bare number in words, or set where a list or a change puts a level", () => {
  it.each([
    [
      // numbers in words where digits would be read: after a destination, after "from", a month after
      "Q: And India?\nA: India took two hundred and twelve tonnes in March. Vietnam three hundred and four, up from ninety-one in February.",
      [
        "two hundred and twelve tonnes IND 2025-03 212 [211.5, 212.5] written",
        "three hundred and four VNM 2025-03 304 [303.5, 304.5] carried",
        "ninety-one VNM 2025-02 91 [90.5, 91.5] carried",
      ],
    ],
    [
      // "thousand" spelled out in a tonnage is no unit of thousands for the bare numbers after it
      "Korea got one thousand and twelve tonnes in April. Japan, four hundred and eighty.",
      [
        "one thousand and twelve tonnes KOR 2025-04 1012 [1011.5, 1012.5] written",
        "four hundred and eighty JPN 2025-04 480 [475, 485] carried",
      ],
    ],
    [
      // the level a change arrived at, after "to"
      "In April, shipments to India slumped by half, to 188, after 377 tonnes in March.\n\nExports to Japan rose 14% in June, to three hundred and two, after 265 tonnes in May.",
      [
        "188 IND 2025-04 188 [187.5, 188.5] carried",
        "377 tonnes IND 2025-03 377 [376.5, 377.5] written",
        "three hundred and two JPN 2025-06 302 [301.5, 302.5] carried",
        "265 tonnes JPN 2025-05 265 [264.5, 265.5] written",
      ],
    ],
    [
      // a list continued after "and", and the old level after "to ... tonnes from"
      "Vietnam received 412 tonnes in August and Japan 233. Korean purchases doubled in June, to 700 tonnes from 349.",
      [
        "412 tonnes VNM 2025-08 412 [411.5, 412.5] written",
        "233 JPN 2025-08 233 [232.5, 233.5] carried",
        "700 tonnes KOR 2025-06 700 [650, 750] written",
        "349 KOR 2025-05 349 [348.5, 349.5] carried",
      ],
    ],
  ])("reads %s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // counts in words, ordinals and fractions stay what they are
    "Korea took 569 tonnes in October. Twenty-two firms hold licences, and the twenty-first applied in May.",
    "Exports to Japan were 305 tonnes in November. Germany, France and Italy took most of the rest.",
    "Japan took 280 tonnes in December. Of its buyers, forty-five said so, and two-thirds of them in May.",
  ])("reads no other level in %s", (text) => {
    expect(read(text)).toHaveLength(1);
  });
});

describe("a month said as the subject of its bare number", () => {
  it.each([
    [
      // "it" between the month and its verb
      "India took 418 tonnes of magnets in July. In May it was 151.",
      ["418 tonnes IND 2025-07 418 [417.5, 418.5] written", "151 IND 2025-05 151 [150.5, 151.5] carried"],
    ],
    [
      // a possessive month with its verb
      "China's magnet exports came to 5,473 tonnes in October. September's were 5,774.",
      [
        "5,473 tonnes WLD 2025-10 5473 [5472.5, 5473.5] written",
        "5,774 WLD 2025-09 5774 [5773.5, 5774.5] carried",
      ],
    ],
    [
      // a hedge between the verb and the number
      "China shipped 6,146 tonnes of magnets in August. June was about 3,190.",
      [
        "6,146 tonnes WLD 2025-08 6146 [6145.5, 6146.5] written",
        "about 3,190 WLD 2025-06 3190 [3185, 3195] carried",
      ],
    ],
  ])("reads %s", (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("reads no level where 'it was' sets a percentage or a count", () => {
    expect(
      read("Japan took 305 tonnes in November. In June it was 12% lower, and in May it was 3 buyers."),
    ).toHaveLength(1);
  });
});
