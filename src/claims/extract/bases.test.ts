// Levels dated against the claim's own period ("4,725 t a year earlier"), a base that names the only
// month of a clause, and "annual" as a base rather than a period.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const levels = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.stated.type === "level")
    .map((c) => [c.text, c.period]);

describe("a level dated against the claim's period", () => {
  it.each([
    ["Magnet exports in October were 5,473 tonnes, up from 4,725 tonnes a year earlier.", "2024-10"],
    ["October magnet exports reached 5,473 t, compared with 4,725 t a year ago.", "2024-10"],
    ["In October magnet exports rose to 5,473 t from 4,725 t in the same month in 2024.", "2024-10"],
    ["In October magnet exports rose to 5,473 t from 4,725 t in the same month last year.", "2024-10"],
    ["October shipments of magnets were 5,473 t versus 4,725 t twelve months earlier.", "2024-10"],
    ["Magnet exports were 5,473 t in October, against 4,725 t in the year-earlier month.", "2024-10"],
    ["October magnet exports were 5,473 t, down from 5,774 t the previous month.", "2025-09"],
    ["October magnet exports were 5,473 t, after 5,774 t a month earlier.", "2025-09"],
    // the relative period as a possessive in front of the figure
    ["October magnet exports were 5,473 t, compared with the previous month's 5,774 t.", "2025-09"],
    ["Magnet exports came to 5,473 t in October, below the prior month's 5,774 tonnes.", "2025-09"],
    ["October magnet exports were 5,473 t, up from the year-earlier 4,725 t.", "2024-10"],
    ["In October magnet exports reached 5,473 t, above the year-ago month's 4,725 t.", "2024-10"],
    // "prior" for "earlier"
    ["Shipments of magnets in October totalled 5,473 t, up from 4,725 t a year prior.", "2024-10"],
    ["October's magnet exports came in at 5,473 t, slipping from 5,774 t a month prior.", "2025-09"],
  ])("%s", (text, base) => {
    const r = levels(text, "2025-11-20");
    expect(r[0]?.[1]).toBe("2025-10");
    expect(r[1]?.[1]).toBe(base);
  });

  it("moves a span back a year", () => {
    const r = levels(
      "Magnet exports in the first ten months were 45,290 t, against 47,778 t in the same period last year.",
      "2025-11-20",
    );
    expect(r).toEqual([
      ["45,290 t", "2025-01..2025-10"],
      ["47,778 t", "2024-01..2024-10"],
    ]);
  });

  it("dates a level a year's change starts from in the year before", () => {
    const r = levels(
      "Magnet sales abroad in 2024 came to 58,152 t. By value they dropped 12% to $2.4 billion from $2.7 billion.",
      "2025-02-20",
    );
    expect(r.map((x) => x[1])).toEqual(["2024-01..2024-12", "2024-01..2024-12", "2023-01..2023-12"]);
  });

  it("leaves 'the same month' without a year to the month the text speaks of", () => {
    const r = levels("In October magnets rose to 5,473 t; Japan took 226 t in the same month.", "2025-11-20");
    expect(r.map((x) => x[1])).toEqual(["2025-10", "2025-10"]);
  });
});

describe("a level in a 'when' clause after a month", () => {
  it.each([
    [
      "US-bound magnet exports rose to 656 t in October, the highest since January, when they hit 877 t.",
      "2025-01",
    ],
    ["Exports to the US fell to 46 t in May, down from January, when they were 877 tonnes.", "2025-01"],
    [
      "Magnet exports recovered to 6,150 t in November, short of the peak in January 2025, when they reached about 6,357 t.",
      "2025-01",
    ],
  ])("%s", (text, when) => {
    const r = levels(text, "2025-12-20");
    expect(r.at(-1)?.[1]).toBe(when);
  });
});

describe("a base month after a word for a low or a high ('up from a low of 46 t in May')", () => {
  it.each([
    ["Japan took 305 t of magnets, up from a low of 226 tonnes in October.", ["2025-11", "2025-10"]],
    ["Magnet exports eased to 5,952 t, down from a peak of 6,150 t in November.", ["2025-12", "2025-11"]],
    // the clause names no other month: the figure is read as the month after the base, a guess
    ["US buyers received 353 t, up from a trough of 46 t in May.", ["2025-06", "2025-05"]],
  ])("%s", (text, periods) => {
    const r = levels(text, "2026-01-20");
    expect(r.map((x) => x[1])).toEqual(periods);
  });
});

describe("a clause whose only month is its base", () => {
  it("speaks of the month after it, as a guess that cannot contradict", () => {
    const [dir, level, base] = extractClaims(
      "Magnet exports to the US slipped to 582 tonnes from October's 656 tonnes.",
      { published: "2025-12-20" },
    );
    expect([dir?.period, level?.period, base?.period]).toEqual(["2025-11", "2025-11", "2025-10"]);
    expect(level?.grounds.period).toBe("default");
    expect(base?.grounds.period).toBe("clause");
  });
});

describe("annual", () => {
  it("names the base of 'an annual decline', not a full year", () => {
    const [ytd, change] = extractClaims(
      "Year to date, China's rare earth magnet exports totaled 45,290 tons, an annual decline of 5.2%.",
      { published: "2025-11-20" },
    );
    expect(ytd?.period).toBe("2025-01..2025-10");
    expect(change).toMatchObject({ period: "2025-01..2025-10", stated: { basis: "yoy", pct: -5.2 } });
  });

  it("still names a full year in 'annual exports'", () => {
    expect(
      extractClaims("Annual magnet exports came to 57,392 tonnes in 2025.", { published: "2026-01-20" })[0]
        ?.period,
    ).toBe("2025-01..2025-12");
  });
});

describe("'last month' as the base of a change on that same month", () => {
  it.each([
    "Japan took 305 t of magnets in November. That was 35% more than last month.",
    "Deliveries to Germany reached 1,227 t in November, a rise of 10% from the previous month.",
  ])("is the month before the figure's, not the figure's own: %s", (t) => {
    const change = extractClaims(t, { published: "2025-12-22" }).find((c) => c.stated.type === "change");
    expect(change?.period).toBe("2025-11");
    expect(change?.stated).toMatchObject({ basis: "mom" });
  });
});

describe("a level dated the month before in Spanish, Italian, Portuguese, French and Indonesian", () => {
  it.each([
    [
      "Los envíos subieron a 353 toneladas en junio desde apenas 46 toneladas el mes anterior.",
      "46 toneladas",
    ],
    [
      "Le spedizioni sono salite a 353 tonnellate a giugno da appena 46 tonnellate il mese precedente.",
      "46 tonnellate",
    ],
    [
      "Os envios subiram para 353 toneladas em junho, contra apenas 46 toneladas no mês anterior.",
      "46 toneladas",
    ],
    ["Les expéditions sont montées à 353 tonnes en juin, contre 46 tonnes le mois précédent.", "46 tonnes"],
    ["Ekspor naik menjadi 353 ton pada Juni dari hanya 46 ton sebulan sebelumnya.", "46 ton"],
  ])("is the month before the claim's: %s", (text, words) => {
    expect(levels(text, "2025-07-21")).toContainEqual([words, "2025-05"]);
  });
});
