// Wordings a twenty-first blind batch (pages built like real published ones: reposted wire stories,
// trade press, aggregators with their page furniture) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [c.kind, c.partner, c.period, text.slice(c.start, c.end)]);

describe("a page's day stamp written as a full date", () => {
  it("dates no figure: a rank after 'last month' is last month's ('date 2025-10-09 ... the lowest since')", () => {
    const text =
      "date 2025-10-09 China shipped 4,000.3 tonnes of rare earths last month, the lowest monthly total since February.";
    expect(read(text, "2025-10-09")).toEqual([
      ["level", "WLD", "2025-09", "4,000.3 tonnes"],
      ["rank", "WLD", "2025-09", "lowest monthly total since"],
    ]);
  });

  it("gives a headline above it no month ('Exports Sink to Lowest Since February')", () => {
    const text =
      "Rare Earth Exports Sink to Lowest Since February\ndate 2025-10-09 China shipped 4,000.3 tonnes of rare earths last month.";
    expect(read(text, "2025-10-09")).toContainEqual(["level", "WLD", "2025-09", "4,000.3 tonnes"]);
    expect(read(text, "2025-10-09").map((c) => c[2])).not.toContain("2025-10");
  });

  it("while a month written the same way still dates its figure ('2025-11: 6,150 t')", () => {
    expect(read("Magnet exports, 2025-11: 6,150 t.", "2025-12-22")).toEqual([
      ["level", "WLD", "2025-11", "6,150 t"],
    ]);
  });
});

describe("a move named inside 'how far ... fell'", () => {
  it("is no direction claim of the sentence's month ('a reminder of how far flows fell in spring')", () => {
    const text =
      "Shipments to the US in March 2025 were 584 tonnes, a reminder of how far flows fell in spring.";
    expect(read(text, "2026-03-25")).toEqual([["level", "USA", "2025-03", "584 tonnes"]]);
  });

  it("while a plain fall in the same sentence is still read ('... and fell again in April')", () => {
    const text = "Shipments to the US in March 2025 were 584 tonnes and fell in April.";
    expect(read(text, "2026-03-25").map((c) => c[0])).toContain("direction");
  });
});

describe("an abbreviation's full stop inside a sentence", () => {
  it("ends no sentence, so the product named before 'approx.' is the sentence's", async () => {
    const { sentenceAround } = await import("./sentence-around.js");
    const text =
      "Magnet exports in May came to approx. 1,238 tonnes, a 52.9% fall on April. Rare earth exports rose.";
    const at = text.indexOf("52.9%");
    expect(sentenceAround(text, at, at + 5)).toMatch(/^Magnet exports in May/);
  });

  it("while a full stop after a figure's unit still ends one ('... 1,238 t. Exports to the US rose')", async () => {
    const { sentenceAround } = await import("./sentence-around.js");
    const text = "Magnet exports in May were 1,238 t. Exports to the US rose 5%.";
    const at = text.indexOf("5%");
    expect(sentenceAround(text, at, at + 2).trim()).toBe("Exports to the US rose 5%.");
  });
});

describe("nothing shipped, said with 'no'", () => {
  it("is a level of zero ('exported no germanium last month', 'no exports of gallium in August')", () => {
    const text =
      "China exported no wrought germanium products last month. There were also no exports of gallium in August.";
    expect(read(text, "2023-09-20")).toEqual([
      ["level", "WLD", "2023-08", "no"],
      ["level", "WLD", "2023-08", "no"],
    ]);
  });

  it("is not 'no more than', 'no data' or a stop that runs on ('no shipments to the EU since October')", () => {
    const text =
      "China exported no more than 400 tonnes in May. Customs gave no data for June. There were no shipments to the EU since October.";
    expect(read(text, "2025-07-20").filter((c) => c[3] === "no")).toEqual([]);
  });
});

describe("a qualifier that widens the magnet line for one figure", () => {
  it("is not carried to the next sentence ('Including powder and alloy, ... Exports to India reached')", () => {
    const text =
      "In July, 232 tons of rare earth magnets went to Japan. Including powder and alloy, China's exports to Japan came to 686 tons. Exports to India reached 418 tons.";
    const got = extractClaims(text, { published: "2025-08-21" }).map((c) => [c.series, c.partner, c.text]);
    expect(got).toEqual([
      ["rare-earth-magnets", "JPN", "232 tons"],
      ["rare-earth-magnets-incl-powder-alloy", "JPN", "686 tons"],
      ["rare-earth-magnets", "IND", "418 tons"],
    ]);
  });
});

describe("a clause that names its product after a sentence on something else", () => {
  it("is about its trade ('Average prices slipped. Germany took 1,118 metric tons of magnets')", () => {
    const text =
      "Export values rose more slowly than volumes, as average prices slipped.\n\nBy destination, Germany took 1,118 metric tons of magnets in October, the US 656 metric tons and India 416.";
    expect(read(text, "2025-11-21").filter((c) => c[0] === "level")).toEqual([
      ["level", "DEU", "2025-10", "1,118 metric tons"],
      ["level", "USA", "2025-10", "656 metric tons"],
      ["level", "IND", "2025-10", "416"],
    ]);
  });

  it("while a price it names is still no trade figure ('NdPr oxide prices reached 560,000 yuan')", () => {
    const text = "Demand is strong.\n\nNdPr oxide prices reached 560,000 yuan a tonne in October.";
    expect(read(text, "2025-11-21")).toEqual([]);
  });
});
