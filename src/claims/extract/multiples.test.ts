// Multiples and differences read through the whole reader: a multiple of a figure dated in another
// month, a difference with its percentage, and a run of months that the month broke.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const PUB = { published: "2025-12-20" };

describe("a multiple of a figure dated in another month", () => {
  const changes = (t: string) =>
    extractClaims(t, PUB)
      .filter((c) => c.kind === "change" || c.kind === "level")
      .map((c) => [c.text, c.partner, c.period, c.stated.type === "change" ? c.stated.basis : null]);

  it("is a change on that figure's month, which keeps its own month", () => {
    expect(changes("India took 416 tonnes of magnets in October, three times the 140 t of May.")).toEqual([
      ["416 tonnes", "IND", "2025-10", null],
      ["three times", "IND", "2025-10", "2025-05"],
      ["140 t", "IND", "2025-05", null],
    ]);
  });

  it("reads a figure dated in kilograms as the base ('ten times the 51 kg of March')", () => {
    const c = changes("Dysprosium exports reached 515 kg in May, about ten times the 51 kg of March.")[1];
    expect(c?.slice(1)).toEqual(["WLD", "2025-05", "2025-03"]);
  });

  it("reads a fraction of a month's figure whose year is written ('under half of March 2024's 610 tonnes')", () => {
    expect(
      changes(
        "Japan took 280 tonnes of magnets in December 2025, well under half of March 2024's 610 tonnes.",
      )[1],
    ).toEqual(["well under half of", "JPN", "2025-12", "2024-03"]);
  });

  it("reads 'quintupled' as a multiple of five", () => {
    const c = extractClaims(
      "Since May, when they were 92 t, Korean magnet purchases have quintupled.",
      PUB,
    ).find((x) => x.kind === "change");
    expect(c?.stated.type === "change" ? c.stated.pct : null).toBe(400);
  });

  it("is a change on the month a possessive names ('more than double its May volume')", () => {
    expect(changes("Korea received 815 t in November, more than double its June intake.")[1]).toEqual([
      "more than double",
      "KOR",
      "2025-11",
      "2025-06",
    ]);
    expect(changes("US-bound cargoes reached 582 t in November, some twelve times the May low.")[1]).toEqual([
      "some twelve times the May low",
      "USA",
      "2025-11",
      "2025-05",
    ]);
  });

  it("is a change on the month of what was shipped, said as a clause ('three times what it sent in March')", () => {
    expect(
      changes("Vietnam got 509 t of magnets in November, about three times what China sent it in March.")[1],
    ).toEqual(["about three times what China sent it in", "VNM", "2025-11", "2025-03"]);
    expect(
      changes("Korea took 815 t in November, roughly 1.4 times the volume exported in August.")[1],
    ).toEqual(["roughly 1.4 times the volume exported in", "KOR", "2025-11", "2025-08"]);
  });

  it("reads 'by a factor of' as the multiple", () => {
    const c = extractClaims(
      "Shipments to Japan grew by a factor of 2.3 between June and November.",
      PUB,
    ).find((x) => x.kind === "change");
    expect(c?.stated).toMatchObject({ type: "change", pct: 130 });
  });

  it("reads a percentage of another month's figure as the change on that month", () => {
    const pcts = (t: string) =>
      extractClaims(t, PUB)
        .filter((c) => c.kind === "change" && c.stated.type === "change")
        .map((c) => [
          c.text,
          c.partner,
          c.period,
          c.stated.type === "change" ? [c.stated.basis, c.stated.pct] : null,
        ]);
    expect(pcts("Shipments to Korea in October were 569 t, barely 67% of September's.")).toEqual([
      ["67% of", "KOR", "2025-10", ["mom", -33]],
    ]);
    expect(pcts("Japan got 305 t in November, some 92 per cent of the previous month's level.")).toEqual([
      ["some 92 per cent of", "JPN", "2025-11", ["mom", -8]],
    ]);
    expect(pcts("India's 416 t in October was only 99.5% of July's figure.")).toEqual([
      ["99.5% of", "IND", "2025-10", ["2025-07", -0.5]],
    ]);
  });

  it("keeps a percentage of a month's whole, or one a verb takes, a share", () => {
    const kinds = (t: string) => extractClaims(t, PUB).map((c) => [c.text, c.kind, c.period]);
    expect(kinds("Vietnam's 444 t made up 8.1% of October's total.")).toEqual([
      ["444 t", "level", "2025-10"],
      ["8.1% of October's total", "share", "2025-10"],
    ]);
    expect(kinds("In October Germany took 20.4% of November's exports.").map((k) => k[1])).toEqual(["share"]);
  });

  it("takes the destination named with that figure when the clause names no other", () => {
    expect(
      changes(
        "Magnet exports to Japan rose to 305 tons in November. The November figure was more than double the 131 tons shipped to Japan in June.",
      ).slice(1),
    ).toEqual([
      ["more than double", "JPN", "2025-11", "2025-06"],
      ["131 tons", "JPN", "2025-06", null],
    ]);
  });

  it("compares with a year earlier when that figure's month is a year before", () => {
    expect(
      changes(
        "In May of this year China sent 46 tonnes of magnets to the United States. That is less than a tenth of the 689 tonnes it sent us in May of last year.",
      ).slice(1),
    ).toEqual([
      ["less than a tenth of", "USA", "2025-05", "yoy"],
      ["689 tonnes", "USA", "2024-05", null],
    ]);
  });

  it("is no change of one flow when it compares two destinations", () => {
    expect(
      changes("Germany took 1,346 t in August, more than twice the 582 t shipped to the US in June.").map(
        (c) => c[0],
      ),
    ).toEqual(["1,346 t", "582 t"]);
  });
});

describe("a difference in tonnes and its percentage", () => {
  it("reads the percentage after the difference as the same change, not as a share", () => {
    const r = extractClaims(
      "Exports to Germany fell by 170 tonnes in October, or 13.2%, to 1,118 tonnes.",
      PUB,
    );
    expect(r.map((c) => [c.kind, c.partner, c.period])).toEqual([
      ["change", "DEU", "2025-10"],
      ["change", "DEU", "2025-10"],
      ["level", "DEU", "2025-10"],
    ]);
  });

  it("dates the difference by the clause's own year, not by the year compared with", () => {
    const r = extractClaims(
      "2025 exports totalled 57.4kt against 58.2kt in 2024, a decline of roughly 760t.",
      {
        published: "2026-01-22",
      },
    );
    expect(r.filter((c) => c.kind === "change").map((c) => c.period)).toEqual(["2025-01..2025-12"]);
  });
});

describe("a run the month broke", () => {
  it("reads the month's own move and the run before it", () => {
    const r = extractClaims(
      "Shipments of magnets to the US fell 4.7% in August to 590 tons, the first decline in three months.",
      PUB,
    ).filter((c) => c.text.endsWith("first decline in three months"));
    expect(r.map((c) => [c.kind, c.partner, c.period, c.stated.type]).sort()).toEqual([
      ["direction", "USA", "2025-08", "direction"],
      ["rank", "USA", "2025-08", "streak"],
    ]);
  });

  it("reads no move of its own in a forecast", () => {
    const r = extractClaims("A fall in December could be the first decline in three months.", PUB);
    expect(r.filter((c) => c.kind === "direction")).toEqual([]);
  });
});

describe("a change of a share in percentage points", () => {
  const points = (t: string) =>
    extractClaims(t, PUB)
      .filter((c) => c.stated.type === "change" && c.stated.unit === "pp")
      .map((c) => [
        c.partner,
        c.period,
        c.stated.type === "change" ? c.stated.basis : null,
        c.stated.type === "change" ? c.stated.pct : null,
      ]);

  it("is counted from the month it is said to run since", () => {
    expect(
      points(
        "By November, South Korea's share of China's magnet exports had shrunk 3.2 percentage points since August.",
      ),
    ).toEqual([["KOR", "2025-11", "2025-08", -3.2]]);
  });

  it("is some destination's, never the total's: the one spoken of last when it names none", () => {
    const r = extractClaims(
      "Vietnam took 456 t of magnets in September. The month's share, 7.9%, was 1.2 percentage points higher than August's.",
      PUB,
    ).find((c) => c.stated.type === "change");
    expect([r?.partner, r?.grounds.partner]).toEqual(["VNM", "carried"]);
  });
});

describe("a multiple after the object of a verb that raises it", () => {
  it.each([
    [
      "China increased its shipments of magnets to Brazil more than fivefold in April.",
      "2025-05-20",
      "BRA",
      400,
    ],
    [
      "Exporters stepped up sales of magnets to Turkey threefold compared with March.",
      "2025-05-20",
      "TUR",
      200,
    ],
  ])("reads the multiple with the destination its object names: %s", (text, published, partner, pct) => {
    const c = extractClaims(text, { published }).find((x) => x.kind === "change");
    expect(c?.partner).toBe(partner);
    expect(c?.stated.type === "change" ? c.stated.pct : null).toBe(pct);
  });
});

describe("a multiple in the present tense before a span", () => {
  it("reads 'almost triple between May and July' as a change over the span", () => {
    const [c] = extractClaims(
      "Magnet shipments to India would almost triple between May and July, analysts said.",
      PUB,
    );
    expect(c?.kind).toBe("change");
    expect(c?.period).toBe("2025-07");
    expect(c?.stated.type === "change" ? c.stated.basis : null).toBe("2025-05");
  });

  it("reads 'double by' and 'double over' the same way, and no figure in 'a double-digit fall'", () => {
    expect(extractClaims("Exports to Vietnam could double by December.", PUB)[0]?.kind).toBe("change");
    expect(extractClaims("Exports to Vietnam could double over the winter.", PUB)[0]?.kind).toBe("change");
    expect(
      extractClaims("Exports suffered a double-digit fall.", PUB).filter((c) => c.kind === "change"),
    ).toEqual([]);
  });
});
