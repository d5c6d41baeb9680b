// The extraction grammar on the phrasings the issue lists, with exact spans.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";
import type { ExtractedClaim } from "../../src/claims/index.js";

const PUB = { published: "2025-12-20" };
const DONE =
  "China's rare-earth magnet exports rose 12% in November to about 6,150 tonnes, the second-highest on record; shipments to the US slipped 11% to 582 tonnes while Japan's jumped 35% to 305 tonnes";

const brief = (c: ExtractedClaim) => [
  c.kind,
  c.series,
  c.partner,
  c.period,
  c.stated.type === "level"
    ? c.stated.value
    : c.stated.type === "change"
      ? c.stated.pct
      : c.stated.type === "rank" || c.stated.type === "streak"
        ? c.stated.n
        : c.stated.type === "share"
          ? c.stated.pct
          : c.stated.direction,
];

describe("extractClaims", () => {
  it("finds the seven claims of the issue's paragraph with exact spans", () => {
    const claims = extractClaims(DONE, PUB);
    expect(claims.map(brief)).toEqual([
      ["change", "rare-earth-magnets", "WLD", "2025-11", 12],
      ["level", "rare-earth-magnets", "WLD", "2025-11", 6150],
      ["rank", "rare-earth-magnets", "WLD", "2025-11", 2],
      ["change", "rare-earth-magnets", "USA", "2025-11", -11],
      ["level", "rare-earth-magnets", "USA", "2025-11", 582],
      ["change", "rare-earth-magnets", "JPN", "2025-11", 35],
      ["level", "rare-earth-magnets", "JPN", "2025-11", 305],
    ]);
    for (const c of claims) expect(DONE.slice(c.start, c.end)).toBe(c.text);
    expect(claims[1]?.stated).toMatchObject({ hedge: "about", low: 6145, high: 6155 });
    expect(claims[0]?.stated).toMatchObject({ basis: "mom", low: 11.5, high: 12.5 });
  });

  it("reads a paragraph written in other words: line breaks, 'sales to', a span opened by 'over'", () => {
    const text =
      "Sales of magnets to the United\nStates slipped 11% to 582 tonnes in November.\n" +
      "Over the first 11 months of the year, magnet exports reached 51,440 tonnes.";
    const claims = extractClaims(text, PUB);
    expect(claims.map(brief)).toEqual([
      ["change", "rare-earth-magnets", "USA", "2025-11", -11],
      ["level", "rare-earth-magnets", "USA", "2025-11", 582],
      ["ytd", "rare-earth-magnets", "WLD", "2025-01..2025-11", 51440],
    ]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("reads past participles of change ('had risen', 'has fallen') with the month named before them", () => {
    const text =
      "Shipments to the US fell 11% to 582 t in November. In October they had risen 5%. Japan's had fallen 3% in September.";
    expect(
      extractClaims(text, PUB).map((c) => [
        c.kind,
        c.partner,
        c.period,
        c.stated.type === "change" ? c.stated.pct : null,
      ]),
    ).toEqual([
      ["change", "USA", "2025-11", -11],
      ["level", "USA", "2025-11", null],
      ["change", "USA", "2025-10", 5],
      ["change", "JPN", "2025-09", -3],
    ]);
  });

  it("takes a new sentence that names no destination and points nowhere back as the total", () => {
    const text =
      "Magnet exports to Japan jumped 35% to 305 tonnes in November. September's 5,774 t was a record. " +
      "Exports to Japan rose 35% in November. It was the highest since March.";
    expect(extractClaims(text, PUB).map((c) => [c.kind, c.partner, c.period])).toEqual([
      ["change", "JPN", "2025-11"],
      ["level", "JPN", "2025-11"],
      ["level", "WLD", "2025-09"],
      ["rank", "WLD", "2025-09"],
      ["change", "JPN", "2025-11"],
      ["rank", "JPN", "2025-11"],
    ]);
  });

  it.each([
    ["Magnet exports were 6.15 thousand tons in November.", 6150],
    ["Magnet exports were roughly 6,150 metric tons in November.", 6150],
    ["Magnet exports were 1.2 million kg in November.", 1200],
    ["Rare earth exports reached 5.2万吨 in November.", 52000],
  ])("reads the quantity in %s", (text, value) => {
    const [c] = extractClaims(text, PUB);
    expect(c?.stated).toMatchObject({ type: "level", value });
  });

  it("bounds the tolerance by the hedge", () => {
    const get = (t: string) => extractClaims(`Magnet exports were ${t} tonnes in November.`, PUB)[0]?.stated;
    expect(get("more than 6,000")).toMatchObject({ hedge: "more_than", high: null });
    expect(get("just under 6,200")).toMatchObject({ hedge: "just_under", high: 6250 });
    expect(get("less than 700")).toMatchObject({ hedge: "less_than", low: 0 });
  });

  it("reads multiplicative and fractional changes", () => {
    const pcts = ["more than doubled", "fell by about half", "saw a sevenfold rise", "halved"].map(
      (p) => extractClaims(`Magnet exports ${p} in June.`, PUB)[0]?.stated,
    );
    expect(pcts.map((s) => (s?.type === "change" ? s.pct : null))).toEqual([100, -50, 600, -50]);
    expect(pcts[0]).toMatchObject({ hedge: "more_than", high: null });
  });

  it("names the comparison month as the basis, not the claim's month", () => {
    const [c] = extractClaims("Magnet exports in November were 12% above October.", PUB);
    expect(c).toMatchObject({ period: "2025-11", stated: { basis: "mom", pct: 12 } });
    const [d] = extractClaims("Magnet exports in November were 20% above August.", PUB);
    expect(d?.stated).toMatchObject({ basis: "2025-08" });
    const [y] = extractClaims("Magnet exports were down 2% on year in November.", PUB);
    expect(y?.stated).toMatchObject({ basis: "yoy", pct: -2 });
  });

  it("resolves periods against the publication date", () => {
    const p = (t: string, published: string) => extractClaims(t, { published })[0]?.period;
    expect(p("Magnet exports were 5,952 tonnes in December.", "2026-01-20")).toBe("2025-12");
    expect(p("Magnet exports fell 3% last month.", "2026-01-20")).toBe("2025-12");
    expect(p("Magnet exports in the first 11 months were 51,440 tonnes.", "2025-12-20")).toBe(
      "2025-01..2025-11",
    );
    expect(p("Magnet exports in the first half were 22,319 tonnes.", "2025-07-20")).toBe("2025-01..2025-06");
    expect(p("Magnet exports in the first quarter were 9,000 tonnes.", "2025-04-20")).toBe(
      "2025-01..2025-03",
    );
    expect(p("Year-to-date magnet exports were 45,290 tonnes.", "2025-11-20")).toBe("2025-01..2025-10");
    expect(p("Full-year 2025 magnet exports were 57,392 tonnes.", "2026-01-20")).toBe("2025-01..2025-12");
  });

  it("reads ranks, windows and streaks", () => {
    const s = (t: string) => extractClaims(`Magnet exports in November were ${t}.`, PUB)[0]?.stated;
    expect(s("a record")).toMatchObject({ type: "rank", n: 1, direction: "high", scope: { type: "record" } });
    expect(s("this year's highest")).toMatchObject({ scope: { type: "year", year: 2025 } });
    expect(s("the highest since January")).toMatchObject({ scope: { type: "since", period: "2025-01" } });
    expect(s("the lowest in nine months")).toMatchObject({
      direction: "low",
      scope: { type: "months", months: 9 },
    });
    expect(
      extractClaims("Magnet exports posted a fifth straight monthly fall in November.", PUB)[0]?.stated,
    ).toEqual({ type: "streak", n: 5, direction: "down", raw: "fifth straight monthly fall" });
  });

  it("reads the record named as a month's, of that month", () => {
    const [rank] = extractClaims("The monthly record for magnet exports is still March's 5,324 tonnes.", PUB);
    expect(rank).toMatchObject({
      kind: "rank",
      period: "2025-03",
      stated: { n: 1, scope: { type: "record" } },
    });
  });

  it("counts a run said over a span of months to the span's last month", () => {
    const at = (t: string) => extractClaims(t, PUB).map((c) => [c.kind, c.period]);
    expect(at("Magnet exports to Japan posted four straight monthly gains up to October.")).toEqual([
      ["rank", "2025-10"],
    ]);
    expect(at("Magnet exports logged three consecutive monthly declines from July to September.")).toEqual([
      ["rank", "2025-09"],
    ]);
  });

  it("tells the series apart and finds partners by phrasing", () => {
    const c = (t: string) => extractClaims(t, PUB)[0];
    expect(c("Rare earth exports rose 5% in November.")?.series).toBe("rare-earths");
    expect(c("NdFeB magnet exports rose 5% in November.")?.series).toBe("rare-earth-magnets");
    expect(c("Rare-earth products exports rose 5% in November.")?.series).toBe("rare-earth-products");
    expect(c("US-bound magnet shipments rose 5% in November.")?.partner).toBe("USA");
    const share = extractClaims(
      "Germany, the largest buyer of magnets, took a fifth of the total in November.",
      PUB,
    );
    expect(share.find((x) => x.kind === "share")).toMatchObject({
      kind: "share",
      partner: "DEU",
      stated: { pct: 20 },
    });
    expect(
      c("Japanese customs data showed imports of magnets from China rose 8% in November."),
    ).toMatchObject({ reporter: "JPN", partner: "CHN", flow: "import" });
  });

  it("carries subject and period from sentence to sentence", () => {
    const claims = extractClaims(
      "Magnet shipments to the US were 582 tonnes in November. They fell 11%. Overall exports rose 12%.",
      PUB,
    );
    expect(claims.map(brief)).toEqual([
      ["level", "rare-earth-magnets", "USA", "2025-11", 582],
      ["change", "rare-earth-magnets", "USA", "2025-11", -11],
      ["change", "rare-earth-magnets", "WLD", "2025-11", 12],
    ]);
  });

  it("skips numbers that are not trade figures", () => {
    const text =
      "Washington raised tariffs to 145% in April. The miner's shares rose 12% and its revenue grew 8%. " +
      "The quota was 270,000 tonnes. Prices rose 4% to 640,000 yuan per tonne. Exports could rise 10% next year. Circulation rose 5%.";
    // a forecast is read, but as a forecast: it is never checked as a reported figure
    expect(extractClaims(text, PUB).map((c) => [c.text, c.mode])).toEqual([["rise 10%", "forecast"]]);
  });
});
