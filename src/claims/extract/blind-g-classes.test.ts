// Wordings a seventh blind batch showed misread: a record only come close to ("a near-record
// month"), a base word set before its change as translations keep the source's order
// ("month-on-month up 4%, year-on-year up 9%"), and a change stated after "the year's total".
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findRanks } from "./find-ranks.js";

const changes = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.stated.type === "change")
    .map((c) => [t.slice(c.start, c.end), c.period, c.stated.type === "change" ? c.stated.basis : null]);

describe("a record only come close to", () => {
  it.each([
    ["Germany's intake fell from a near-record level of 1,400 tonnes"],
    ["March was a near record month for shipments to Vietnam"],
    ["exports reached an almost-record total in the spring"],
    ["the April figure ran close to a record high"],
  ])("is no rank: %s", (text) => {
    expect(findRanks(text)).toEqual([]);
  });

  it("still reads a record the words claim", () => {
    expect(findRanks("Shipments hit a record level in March")).toHaveLength(1);
  });
});

describe("a base word set before its change", () => {
  it("gives each change the base written before it", () => {
    expect(
      changes(
        "In March, magnet exports to India came to 380 tonnes, month-on-month down 4%, year-on-year up 9%.",
        "2026-04-20",
      ),
    ).toEqual([
      ["down 4%", "2026-03", "mom"],
      ["up 9%", "2026-03", "yoy"],
    ]);
    expect(
      changes("Rare-earth shipments in May were 5,100 t, y/y down 3.5%, m/m up 11%.", "2026-06-09"),
    ).toEqual([
      ["down 3.5%", "2026-05", "yoy"],
      ["up 11%", "2026-05", "mom"],
    ]);
  });

  it("leaves a base written after its change with that change", () => {
    expect(changes("In May exports rose 6% year on year, up 2% from April.", "2026-06-20")).toEqual([
      ["rose 6%", "2026-05", "yoy"],
      ["up 2%", "2026-05", "mom"],
    ]);
  });
});

describe("a change stated after the year's total", () => {
  it("belongs to the year, on the year before", () => {
    expect(
      changes(
        "Magnet exports in December rose 4% to 5,600 tonnes, taking the year's total to 60,100 tonnes, up 3.1%.",
        "2027-01-20",
      ),
    ).toEqual([
      ["rose 4%", "2026-12", "mom"],
      ["up 3.1%", "2026-01..2026-12", "yoy"],
    ]);
  });

  it("in a year under way is the months so far", () => {
    const claims = extractClaims(
      "June shipments were 3,900 tonnes, bringing the year's tally to 21,000 tonnes.",
      {
        published: "2026-07-20",
      },
    );
    expect(claims.map((c) => [c.kind, c.period])).toContainEqual(["ytd", "2026-01..2026-06"]);
  });
});

const periods = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.period]);

describe("a month's possessive that names a policy", () => {
  it("dates no figure after it ('before March's curbs')", () => {
    const text =
      "China's magnet exports rose in August. Shipments came to 2,900 tonnes, up 40% on the month, though still well under the 4,000-plus tonnes a month usual before March's curbs.\n\nShipments to India rose to 300 tonnes.";
    expect(periods(text, "2026-09-20")).toContainEqual(["300 tonnes", "2026-08"]);
  });
});

describe("a month a level is only compared with", () => {
  it.each([
    ["Magnet exports were 4,900 tonnes in September. Korea's 610 tonnes roughly matched June."],
    [
      "Magnet exports were 4,900 tonnes in September. Nach Korea gingen 610 Tonnen, 3 Prozent mehr als im Juni.",
    ],
  ])("leaves the level in the month the text is on: %s", (text) => {
    const words = text.includes("Tonnen") ? "610 Tonnen" : "610 tonnes";
    expect(periods(text, "2026-10-20")).toContainEqual([words, "2026-09"]);
  });
});

describe("a level that the words before it date a year back", () => {
  it("reads 'the year-ago figure was' as the same months a year earlier", () => {
    const text =
      "Rare-earth exports for January-May came to 21,300 tonnes, while the year-ago figure was 19,800 tonnes.";
    expect(periods(text, "2026-06-10")).toContainEqual(["19,800 tonnes", "2025-01..2025-05"]);
  });
});

describe("two months gone over together", () => {
  it("reads 'over January and February' as their span", () => {
    const text = "Over January and February, Germany took 2,050 tonnes of magnets.";
    expect(periods(text, "2026-03-25")).toContainEqual(["2,050 tonnes", "2026-01..2026-02"]);
  });
});
