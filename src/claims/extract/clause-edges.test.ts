// Figures, months, destinations and ranks at the very start or end of their clause, in texts that hold
// a dash (a character past Latin-1): the words before or after them are then empty or a lone stop or
// bracket, on which the reader runs none of its patterns; each reads as it did when it ran them all.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { latin1Stub } from "./all-matches.js";

const read = (text: string) =>
  extractClaims(text, { published: "2025-12-20" }).map((c) => [
    c.kind,
    c.partner,
    c.period,
    text.slice(c.start, c.end),
    c.mode,
  ]);

describe("a clause's edges in a text with a dash", () => {
  it("reads a month that opens its clause as the figure's own", () => {
    expect(
      read("Exports — magnets only — were steady. November: shipments to Germany came to 1,210 t."),
    ).toEqual([["level", "DEU", "2025-11", "1,210 t", "reported"]]);
  });

  it("reads a destination that ends its clause, with only the stop after it", () => {
    expect(
      read("Trade sources — not customs — gave the rest. In October, 1,150 t of magnets went to Germany."),
    ).toEqual([["level", "DEU", "2025-10", "1,150 t", "reported"]]);
    expect(read("Japan was the top buyer — again.")).toEqual([
      ["rank", "JPN", null, "was the top buyer", "reported"],
    ]);
  });

  it("reads a share and a change that end their clause", () => {
    expect(read("Buyers — all of them — paid more. Germany took 21%.")).toEqual([
      ["share", "DEU", null, "took 21%", "reported"],
    ]);
    expect(read("Rare-earth magnet exports – all grades – fell 4.1%.")).toEqual([
      ["change", "WLD", null, "fell 4.1%", "reported"],
    ]);
  });

  it("reads a total's rank and a month in brackets at the clause's start", () => {
    expect(read("A dash — here. August's total was the highest this year.")).toEqual([
      ["rank", "WLD", "2025-08", "highest this year", "reported"],
    ]);
    expect(read("(October) Exports to Japan rose 8% — a third straight gain.")).toEqual([
      ["change", "JPN", "2025-10", "rose 8%", "reported"],
      ["rank", "JPN", "2025-10", "third straight gain", "reported"],
    ]);
  });
});

describe("a figure or month that ends its clause, in a text with a dash", () => {
  it("reads a month named last as the figure's", () => {
    expect(read("Dealers — in Ningbo — were busy. Shipments to Japan fell to 512 t in May.")).toEqual([
      ["direction", "JPN", "2025-05", "fell", "reported"],
      ["level", "JPN", "2025-05", "512 t", "reported"],
    ]);
  });

  it("reads a tonnage set last in its clause or alone after a label", () => {
    expect(read("Prices — again — rose. Magnet exports hit 6,020 t, a record.")).toEqual([
      ["level", "WLD", null, "6,020 t", "reported"],
      ["rank", "WLD", null, "a record", "reported"],
    ]);
    expect(read("China’s customs said exports were 4,870 t. Germany: 1,002 t.")).toEqual([
      ["level", "WLD", null, "4,870 t", "reported"],
      ["level", "DEU", null, "1,002 t", "reported"],
    ]);
  });
});

describe("latin1Stub", () => {
  it.each([
    ["", true],
    [")", true],
    [" ", true],
    ["é", true],
    ["—", false],
    ["镓", false],
    ["t.", false],
  ])("%j: %s", (s, stub) => {
    expect(latin1Stub(s)).toBe(stub);
  });
});
