// Wordings a blind batch (au: bulletins, memos, handouts, trade magazines, working papers) showed read
// wrong: a relative clause between commas whose month is not the sentence's, a rank in brackets right
// after a month, a change set against an earlier peak or best named by its month, a destination's
// place after an aside or qualified ("a distant sixth", "headed the table"), a share set in commas
// before the destination it went to or "of which" went there, a share moved from "the month
// before", a span set against another whose figure has decimals, and "X% ahead at" a total.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a relative clause between commas that names another month", () => {
  const text =
    "For the parts makers, who had seen May deliveries of Chinese magnets shrink to 46 tonnes, the 619 tonnes sent to the United States in July (a six-month high) were welcome; they were more than 13 times the May figure.";

  it("ranks the bracketed rank of the month right before it, not the aside's month", async () => {
    expect(await readingAt(store, text, "six-month high", "2025-08-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-07",
    });
  });

  it("carries the main clause's month, not the aside's, to the clause after it", async () => {
    expect(await readingAt(store, text, "more than 13 times the May figure", "2025-08-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-07",
    });
  });

  it("still dates the aside's own figure by the aside's month", async () => {
    expect(await readingAt(store, text, "46 tonnes", "2025-08-25")).toMatchObject({
      verdict: "supported",
      period: "2025-05",
    });
  });
});

describe("a change set against an earlier peak named by its month", () => {
  it.each([
    "The rare-earth series peaked in June 2025 (7,742.2 t), 24.5% above the previous maximum of May 2024.",
    "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above the prior peak of May 2024.",
    "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above their former best of May 2024.",
  ])("measures it against that month: %s", async (text) => {
    expect(await readingAt(store, text, "24.5% above", "2026-02-10")).toMatchObject({
      verdict: "supported",
      period: "2025-06",
    });
  });

  it("does not contradict on the month before when the words after the change name another month it cannot read as the base", async () => {
    const text =
      "Rare-earth exports reached 7,742.2 t in June 2025, 24.5% above that unusual stretch of May 2024.";
    expect((await readingAt(store, text, "24.5% above", "2026-02-10")).verdict).toBe("unverifiable");
  });
});

describe("a destination's place told after a relative clause, or with a qualifier", () => {
  const text =
    "China's magnet exports came to 5,473 t in October. Germany remained the top destination with 1,118 t, and South Korea, which had been the second-largest buyer in September, slipped to third with 569 t; India followed with 416 t, with Japan a distant sixth at 226 t.";

  it("places the destination after the aside, on the month the text is on, not the aside's", async () => {
    expect(await readingAt(store, text, "slipped to third", "2025-11-24")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "KOR",
      period: "2025-10",
    });
  });

  it("reads a qualified bare place before the figure", async () => {
    expect(await readingAt(store, text, "a distant sixth", "2025-11-24")).toMatchObject({
      verdict: "supported",
      partner: "JPN",
      period: "2025-10",
    });
  });

  it("reads heading the table as the top place", async () => {
    const t = "In September Germany headed the table with 1,288 t of Chinese magnets.";
    expect(await readingAt(store, t, "headed the table", "2025-10-27")).toMatchObject({
      verdict: "supported",
      partner: "DEU",
      period: "2025-09",
    });
  });
});

describe("a share set in commas before the destination it went to", () => {
  it.each([
    [
      "In November China exported 6,150 t of magnets; some 582 t, or 9.5%, went to the United States.",
      "9.5%",
      "USA",
    ],
    [
      "Of the November volume of magnets, approximately 305 tonnes, or 5.0%, was exported to Japan.",
      "5.0%",
      "JPN",
    ],
  ])("reads the share of that destination: %s", async (text, words, partner) => {
    expect(await readingAt(store, text, words, "2025-12-22")).toMatchObject({
      verdict: "supported",
      partner,
      period: "2025-11",
    });
  });

  it("reads a percentage 'of which' went somewhere as that destination's share", async () => {
    const text =
      "Exports of permanent magnets amounted to 5,774 t in September, 22.3 per cent of which went to Germany.";
    expect(await readingAt(store, text, "22.3 per cent of which went to", "2025-10-24")).toMatchObject({
      verdict: "supported",
      partner: "DEU",
      period: "2025-09",
    });
  });

  it("dates a share moved from 'the month before' by those words alone", async () => {
    const text =
      "The US share of China's magnet exports shrank to 7.3% in September, from 9.6% the month before.";
    expect(await readingAt(store, text, "from 9.6%", "2025-10-27")).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-08",
    });
  });
});

describe("a span's change set against another span whose figure has decimals", () => {
  it("measures a drop in tonnes against the span the clause sets against", async () => {
    const text =
      "Rare-earth exports fell 30.9% in September to 4,000.3 t. The decline took the July-September total to 15,786.4 t, against 18,391.6 t in April-June, a drop of 2,605.2 t.";
    const c = await readingAt(store, text, "drop of 2,605.2 t", "2025-10-14");
    expect(c).toMatchObject({ verdict: "supported", period: "2025-07..2025-09" });
  });

  it("reads 'X% ahead at' a year-to-date figure as its change on the year", async () => {
    const text =
      "Rare-earth exports fell 30.9% in September to 4,000.3 t. Year to date, exports are still 12.6% ahead at 48,355.7 t.";
    expect(await readingAt(store, text, "12.6% ahead", "2025-10-14")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-01..2025-09",
    });
  });
});
