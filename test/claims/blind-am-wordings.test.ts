// Wordings a blind batch (am: statistics bulletins, transcripts, circulars, filings, tickers and
// threads) showed read wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("a base word set as an adjective on the change's noun", () => {
  it("belongs to that change, not to the change before it", async () => {
    const text =
      "Rare-earth exports came to 4,392 tonnes in December 2025, a month-on-month decrease of 20.1 per cent and a year-on-year increase of 32.1 per cent.";
    const fall = await claimAt(store, text, "decrease of 20.1 per cent", "2026-01-15");
    expect(fall).toMatchObject({ kind: "change", period: "2025-12", verdict: "supported" });
    expect(fall?.stated).toMatchObject({ pct: -20.1, basis: "mom" });
    const rise = await claimAt(store, text, "increase of 32.1 per cent", "2026-01-15");
    expect(rise?.stated).toMatchObject({ pct: 32.1, basis: "yoy" });
    expect(rise?.verdict).toBe("supported");
  });

  it("leaves the change before it its own base, not the adjective's", async () => {
    const text = "Magnet exports fell 5.2% to 5,473 t in October 2025, a year-on-year rise of 15.8%.";
    const fall = await claimAt(store, text, "fell 5.2%", "2025-11-21");
    expect(fall?.stated).toMatchObject({ pct: -5.2, basis: "mom" });
    expect(fall?.verdict).toBe("supported");
    const rise = await claimAt(store, text, "rise of 15.8%", "2025-11-21");
    expect(rise).toMatchObject({ period: "2025-10", verdict: "supported" });
  });
});

describe("hearsay the text says cannot be borne out", () => {
  it.each([
    [
      "The association has seen reports that magnet exports to India passed 600 tonnes in July; these could not be reconciled with the customs figures and should not be relied upon.",
      "600 tonnes",
      "2025-08-25",
      "reports",
    ],
    [
      "Dealers have heard rumours that magnet shipments to the US sank to 300 t in November. These could not be confirmed.",
      "300 t",
      "2025-12-22",
      "rumours",
    ],
  ])("is the reports' figure, never checked as the text's own: %s", async (text, quote, published, who) => {
    const got = await claimAt(store, text, quote, published);
    expect(got?.verdict).toBe("unverifiable");
    expect(got?.cautions).toContain("disputed");
    expect(got?.creditedTo).toBe(who);
  });

  it("leaves reports the text does not dispute to be checked", async () => {
    const text = "There were reports that magnet exports to Japan reached 350 t in November.";
    expect((await claimAt(store, text, "350 t", "2025-12-22"))?.verdict).toBe("contradicted");
  });
});

describe("a speaker's own import statistics, named without the country", () => {
  it.each([
    [
      "Our own import statistics show the Union received about 1,900 tonnes of Chinese magnets in October.",
      "about 1,900 tonnes",
    ],
    ["Their import data show Japan took in 412 t of Chinese magnets in November.", "412 t"],
  ])("are the destination's statistics, not China's exports: %s", async (text, quote) => {
    const got = await claimAt(store, text, quote, "2025-12-05");
    expect(got?.mode).toBe("other-reporter");
    expect(got?.verdict).toBe("unverifiable");
  });

  it("leave China's own figure in the next clause to be checked", async () => {
    const text =
      "Our import figures are not out yet; China's customs say magnet exports to Japan were 305 t in November.";
    expect(await claimAt(store, text, "305 t", "2025-12-05")).toMatchObject({
      partner: "JPN",
      verdict: "supported",
    });
  });
});

describe("a record's window opened by the month a destination's data began", () => {
  const rankOf = async (text: string, published: string) =>
    (await verifyClaims(store, text, { published })).claims.find((c) => c.kind === "rank");

  it("dates the window, not the figure, whose month comes from the heading", async () => {
    const text =
      "China's magnet exports in August, by destination.\nTo Germany: 1,346 t, the highest monthly figure since the country data began in May.";
    expect(await claimAt(store, text, "1,346 t", "2025-09-22")).toMatchObject({
      period: "2025-08",
      verdict: "supported",
    });
    expect(await rankOf(text, "2025-09-22")).toMatchObject({
      partner: "DEU",
      period: "2025-08",
      verdict: "supported",
    });
  });

  it("no longer bears out a false high on the window's first month", async () => {
    const text =
      "China's magnet exports in November, by destination.\nTo the United States: 582 t, the highest monthly figure since the destination data began in June.";
    const rank = await rankOf(text, "2025-12-22");
    expect(rank).toMatchObject({ partner: "USA", period: "2025-11" });
    expect(rank?.verdict).not.toBe("supported");
  });
});

describe("a speaker's modal of saying or weighing", () => {
  it.each([
    ["SPOKESPERSON: I would note that in October magnet exports were 5,473 tonnes.", "5,473 tonnes"],
    ["We would stress that magnet exports were 5,473 t in October.", "5,473 t"],
  ])("does not make the figure after it a forecast: %s", async (text, quote) => {
    const got = await claimAt(store, text, quote, "2025-11-21");
    expect(got?.mode).not.toBe("forecast");
    expect(got).toMatchObject({ period: "2025-10", verdict: "supported" });
  });

  it("nor does one that weighs a figure it states", async () => {
    const text = "We would not over-read the 52.9% fall in May 2025 magnet exports: April had been weak too.";
    const got = await claimAt(store, text, "the 52.9% fall", "2025-06-25");
    expect(got?.mode).not.toBe("forecast");
    expect(got?.explanation).not.toMatch(/forecast/);
  });

  it("leaves a speaker's expectation a forecast", async () => {
    const got = await claimAt(
      store,
      "I would expect magnet exports of about 6,000 t in December.",
      "about 6,000 t",
      "2025-11-21",
    );
    expect(got?.mode).toBe("forecast");
    expect(got?.verdict).toBe("unverifiable");
  });
});

describe("a unit declared in the label of a strip of cells", () => {
  const strip =
    "CHINA MAGNET EXPORTS, OCTOBER 2025: 5,473 T\nTO (T): DEU 1,118 | USA 656 | KOR 569 | VNM 444 | IND 416 | JPN 226";

  it.each([
    ["416", "IND"],
    ["226", "JPN"],
  ])("holds for every cell of the line, however many: %s", async (quote, partner) => {
    expect(await claimAt(store, strip, quote, "2025-11-21")).toMatchObject({
      partner,
      period: "2025-10",
      verdict: "supported",
    });
  });

  it("does not reach a bare number on the next line", async () => {
    const text = `${strip}\nLICENCES ISSUED 120 | PENDING 45 | REFUSED 12 | APPEALS 7 | CLOSED 30 | NEW 3`;
    const got = await verifyClaims(store, text, { published: "2025-11-21" });
    expect(got.claims.find((c) => c.text === "3")).toBeUndefined();
  });
});

describe("magnets named by what they are made of", () => {
  it.each([
    [
      "II. Permanent magnets of rare-earth metals. In December 2025 the export volume was 5,952 tonnes.",
      "5,952 tonnes",
    ],
    ["Exports of magnets made from rare earths came to 6,150 t in November 2025.", "6,150 t"],
  ])("are magnets, not rare earths: %s", async (text, quote) => {
    expect(await claimAt(store, text, quote, "2026-01-14")).toMatchObject({
      series: "rare-earth-magnets",
      verdict: "supported",
    });
  });
});

describe("a second percentage after 'and of', with its own base", () => {
  it("is a change of the same verb, on that base", async () => {
    const text =
      "Magnet exports reached 5,577 tonnes in July 2025, an increase of 74.9% over June and of 5.7% over July 2024.";
    const got = await claimAt(store, text, "5.7%", "2025-08-25");
    expect(got).toMatchObject({ kind: "change", period: "2025-07", verdict: "supported" });
    expect(got?.stated).toMatchObject({ pct: 5.7, basis: "yoy" });
  });

  it("is told wrong when the base it names says otherwise", async () => {
    const text =
      "Magnet exports were 5,774 t in September 2025, a decrease of 6.1% from August and of 3% on a year earlier.";
    const got = await claimAt(store, text, "3%", "2025-10-21");
    expect(got?.stated).toMatchObject({ pct: -3, basis: "yoy" });
    expect(got?.verdict).toBe("contradicted");
  });
});
