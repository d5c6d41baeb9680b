// Verification against a real DuckDB store holding the shipped reference dataset.
import { describe, expect, it } from "vitest";
import { renderJsonLd, renderText, verifyClaims } from "../../src/claims/index.js";
import { openStore } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const DONE =
  "China's rare-earth magnet exports rose 12% in November to about 6,150 tonnes, the second-highest on record; shipments to the US slipped 11% to 582 tonnes while Japan's jumped 35% to 305 tonnes";

const store = useReferenceStore();

describe("verifyClaims", () => {
  it("supports the seven claims of the issue's paragraph, with evidence", async () => {
    const r = await verifyClaims(store, DONE, { published: "2025-12-20" });
    expect(r.summary).toEqual({ supported: 7, contradicted: 0, unverifiable: 0 });
    for (const c of r.claims) {
      expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence)
        expect(Object.keys(e)).toEqual(
          expect.arrayContaining(["source", "publisher", "url", "period", "partner", "value", "unit"]),
        );
      expect(c.corroboration.length).toBeGreaterThan(0);
    }
    const change = r.claims[0];
    expect(change?.actual?.pct).toBeCloseTo(12.366, 2);
    expect(change?.explanation).toBe(
      "stated +12%, data gives +12.4% (5,473 t in October 2025 to 6,150 t in November 2025)",
    );
  });

  it("contradicts a record claim for September 2025 with January 2025's 6,357 t", async () => {
    const r = await verifyClaims(store, "Magnet exports hit a record in September 2025.", {
      published: "2025-10-20",
    });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.verdict).toBe("contradicted");
    expect(r.claims[0]?.explanation).toContain("January 2025's 6,357 t");
  });

  it("never checks a share of world production against the export data", async () => {
    const r = await verifyClaims(
      store,
      "China supplies 60% of the world's magnet output, and Germany took 20% of its magnet exports in November.",
      { published: "2025-12-20" },
    );
    const production = r.claims.find((c) => c.text.startsWith("60%"));
    expect(production?.verdict).toBe("unverifiable");
    expect(production?.explanation).toContain("not of exports");
  });

  it("names the series a confused tonnage belongs to", async () => {
    const r = await verifyClaims(store, "Magnet exports were 4,343.5 tonnes in October.", {
      published: "2025-11-20",
    });
    expect(r.claims[0]?.verdict).toBe("contradicted");
    expect(r.claims[0]?.explanation).toContain("rare-earths figure");
  });

  it("says unverifiable, and why, when a month is missing", async () => {
    const r = await verifyClaims(store, "Magnet exports rose 10.5% in March from February.", {
      published: "2026-04-20",
    });
    expect(r.claims[0]?.verdict).toBe("unverifiable");
    expect(r.claims[0]?.explanation).toContain("February 2026");
  });

  it("returns the JSON shape of DESIGN section 6", async () => {
    const r = await verifyClaims(store, DONE, { published: "2025-12-20" });
    const json = JSON.parse(JSON.stringify(r));
    expect(Object.keys(json)).toEqual(["published", "claims", "summary"]);
    expect(Object.keys(json.claims[0])).toEqual(
      expect.arrayContaining([
        "text",
        "start",
        "end",
        "kind",
        "series",
        "reporter",
        "partner",
        "period",
        "stated",
        "actual",
        "verdict",
        "explanation",
        "evidence",
      ]),
    );
  });

  it("renders text without colour and ClaimReview JSON-LD", async () => {
    const r = await verifyClaims(store, DONE, { published: "2025-12-20" });
    const text = renderText(DONE, r, { color: false });
    expect(text).toContain("[rose 12%]✓1");
    expect(text).not.toContain("\x1b[");
    expect(renderText(DONE, r, { color: true })).toContain("\x1b[32m");
    const reviews = renderJsonLd(r, { appearanceUrl: "https://example.org/a" }) as Array<
      Record<string, unknown>
    >;
    expect(reviews).toHaveLength(7);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: "rose 12%",
      author: { name: "Lodestone" },
      reviewRating: { alternateName: "Supported by the data" },
      itemReviewed: { "@type": "Claim", datePublished: "2025-12-20" },
    });
  });
});

describe("caution before contradicting", () => {
  const verdicts = async (text: string, published: string) =>
    (await verifyClaims(store, text, { published })).claims.map(
      (c) => [c.text, c.verdict, c.explanation] as const,
    );

  // a subject that points back ("That was") at a sentence of two months' figures, or at one that
  // carried its month, is carried over and never contradicts; at one figure named there, it can
  it.each([
    [
      "Rare-earth magnet exports in November were 6,150 tonnes, up from 5,473 tonnes in October. That was a fifth straight monthly rise.",
      "unverifiable",
      /^ambiguous \(series carried over/,
    ],
    [
      "Rare-earth magnet exports rose in November. Shipments came to 6,150 tonnes. That was a fifth straight monthly rise.",
      "unverifiable",
      /^ambiguous \(period carried over/,
    ],
    [
      "Rare-earth magnet exports in November were 6,150 tonnes. That was a fifth straight monthly rise.",
      "contradicted",
      /^stated 5 straight monthly rises/,
    ],
  ])("reads a subject pointing back at the sentence before: %s", async (text, verdict, why) => {
    const streak = (await verdicts(text, "2025-12-20")).find(([t]) => t.includes("fifth straight"));
    expect(streak?.[1]).toBe(verdict);
    expect(streak?.[2]).toMatch(why);
  });

  it("drops a headline's destination from a sentence whose own level shows it gives the total", async () => {
    // 3,188 t is the world's June figure, so the sentence is the total's, not Vietnam's
    const r = await verdicts(
      "Magnets: June rebounds, Vietnam in the spotlight\n\nJune magnet exports totalled 3,188 tonnes, up 57% on May by our reckoning.",
      "2025-07-21",
    );
    const change = r.find(([text]) => text === "up 57%");
    expect(change?.[1]).toBe("contradicted");
    expect(change?.[2]).toContain("+157.5%");
    // a change whose base the text does not name is not settled by the level: it stays open
    const bare = await verdicts(
      "Magnets: June rebounds, Vietnam in the spotlight\n\nJune magnet exports totalled 3,188 tonnes, a 57% rise.",
      "2025-07-21",
    );
    expect(bare.find(([text]) => text.includes("57%"))?.[1]).toBe("unverifiable");
    // a level that is Vietnam's own keeps the headline's destination a reading: 444 t is its October
    const own = await verdicts(
      "Magnets: October cools, Vietnam in the spotlight\n\nOctober magnet exports came to 444 tonnes, down 2.6% on September by our reckoning.",
      "2025-11-21",
    );
    expect(own.map(([, v]) => v)).toEqual(["supported", "supported"]);
  });

  it("reports a claim as the carried reading that supports it, and keeps the main reading otherwise", async () => {
    const r = await verifyClaims(
      store,
      "Buyers in Germany kept coming back over the summer. July brought 1,116 tonnes of Chinese magnets. " +
        "Japanese importers were quiet for most of the autumn. The December delivery came to 250 tonnes of magnets.",
      { published: "2026-01-20" },
    );
    const july = r.claims.find((c) => c.text === "1,116 tonnes");
    expect(july).toMatchObject({ partner: "DEU", period: "2025-07", verdict: "supported" });
    expect(july?.grounds.partner).toBe("carried");
    expect(july?.explanation).toContain('"Germany" earlier');
    // Japan got 280 t in December: no reading fits 250 t, so the claim stays on its main reading, unsure
    const december = r.claims.find((c) => c.text === "250 tonnes");
    expect(december).toMatchObject({ partner: "WLD", period: "2025-12", verdict: "unverifiable" });
  });

  it("does not contradict a run it understates, and contradicts one it overstates", async () => {
    // magnets rose in June, July and August 2025, after May's fall
    const [under] = await verdicts(
      "Rare-earth magnet exports in August 2025 went up for a second month in a row.",
      "2025-09-20",
    );
    expect(under?.[1]).toBe("unverifiable");
    expect(under?.[2]).toContain("the run is longer");
    const [over] = await verdicts(
      "Rare-earth magnet exports in August 2025 went up for a fourth month in a row.",
      "2025-09-20",
    );
    expect(over?.[1]).toBe("contradicted");
  });

  it("does not contradict a sentence in a language the reader has not been measured on", async () => {
    const [claim] = await verdicts(
      "Chinas Exporte von Seltenerdmagneten lagen im November bei 7.000 Tonnen.",
      "2025-12-20",
    );
    expect(claim?.[1]).toBe("unverifiable");
    expect(claim?.[2]).toContain("not in English");
  });

  it("leaves a level that one side of a dispute states unverifiable, and contradicts one that no source states", async () => {
    const [disputed] = await verdicts(
      "China's rare-earth magnet exports to Japan were 411.3 tonnes in December.",
      "2026-01-25",
    );
    expect(disputed?.[1]).toBe("unverifiable");
    expect(disputed?.[2]).toContain("sources disagree");
    const [wrong] = await verdicts(
      "China's rare-earth magnet exports to Japan were 350 tonnes in December.",
      "2026-01-25",
    );
    expect(wrong?.[1]).toBe("contradicted");
  });

  it("contradicts a clear miss outside both sides' rounding, and checks a change on every source's figures", async () => {
    const only = async (text: string, published: string) => (await verdicts(text, published))[0];
    // 590 t -> 420.5 t is -28.7%, however either level rounds: -29.5% is a miss, not a closeness
    expect(
      (
        await only(
          "China's rare-earth magnet exports to the United States fell 29.5% in September from August.",
          "2025-10-20",
        )
      )?.[1],
    ).toBe("contradicted");
    expect(
      (
        await only(
          "China's rare-earth magnet exports to Germany were 1,282 tonnes in September.",
          "2025-10-20",
        )
      )?.[1],
    ).toBe("contradicted");
    // Germany's August figure is disputed (1,341 t or 1,346 t of 6,146 t): 19% fits neither
    expect(
      (await only("Germany took 19% of China's rare-earth magnet exports in August.", "2025-09-20"))?.[1],
    ).toBe("contradicted");
    // 2025's total is disputed: -2% fits no source's totals, -0.6% fits one side's
    expect(
      (await only("China's total rare-earth magnet exports fell 2% in 2025 from 2024.", "2026-02-10"))?.[1],
    ).toBe("contradicted");
    const side = await only(
      "China's total rare-earth magnet exports fell 0.6% in 2025 from 2024.",
      "2026-02-10",
    );
    expect(side?.[1]).toBe("unverifiable");
    expect(side?.[2]).toContain("sources disagree");
  });

  it("leaves a miss by a hair unverifiable, as another release's or rounding's figure, and says so", async () => {
    const only = async (text: string) => (await verdicts(text, "2025-12-20"))[0];
    // 5,473 t -> 6,150 t is +12.37% (12.35-12.39% as the levels round): 12.2% is a truncation's distance
    // away, 11.9% a clear miss
    const near = await only("Magnet exports from China climbed 12.2% in November from October.");
    expect(near?.[1]).toBe("unverifiable");
    expect(near?.[2]).toContain("near miss");
    expect((await only("Magnet exports from China climbed 11.9% in November from October."))?.[1]).toBe(
      "contradicted",
    );
    // 6,150 t: 6,143 t is within what a revision moves (0.2%), 6,120 t is not
    expect((await only("China shipped 6,143 tonnes of rare-earth magnets in November."))?.[1]).toBe(
      "unverifiable",
    );
    expect((await only("China shipped 6,120 tonnes of rare-earth magnets in November."))?.[1]).toBe(
      "contradicted",
    );
    // Germany took 21.8-21.9% of August's total: "21%" is a truncation, "a quarter" (from 22.5%) a miss
    const truncated = await only("Germany took 21% of China's rare-earth magnet exports in August.");
    expect(truncated?.[1]).toBe("unverifiable");
  });

  it("takes a round figure said to be approximate as possibly cut short, never as a mistake", async () => {
    const only = async (text: string) => (await verdicts(text, "2025-12-20"))[0];
    // September's 5,774 t: "some 5,700" and "roughly fifty-seven hundred" cut it short; "about 5,600",
    // two hundreds off, and a bare "5,700 tonnes" are wrong
    for (const text of [
      "In September China exported some 5,700 tonnes of rare-earth magnets.",
      "Rare-earth magnet exports were roughly fifty-seven hundred tonnes in September.",
      "China's September shipments of magnets came to around 5.7 thousand tonnes.",
    ]) {
      const found = await only(text);
      expect(found?.[1], text).toBe("unverifiable");
      expect(found?.[2], text).toContain("near miss");
    }
    expect((await only("Magnet exports were about 5,800 tonnes in September."))?.[1]).toBe("supported");
    for (const text of [
      "In September China exported some 5,600 tonnes of rare-earth magnets.",
      "In September China exported 5,700 tonnes of rare-earth magnets.",
      "Magnet exports were about 5,900 tonnes in September.",
    ])
      expect((await only(text))?.[1], text).toBe("contradicted");
  });

  it("contradicts a rank on disputed figures only where every source's values beat it", async () => {
    // 2025's total is disputed (57,392 t or 57,794 t): 2024's 58,152 t beats either
    const [year] = await verdicts(
      "China's rare-earth magnet exports in 2025 were the highest annual total in the data.",
      "2026-02-10",
    );
    expect(year?.[1]).toBe("contradicted");
    expect(year?.[2]).toContain("every source's figures");
    // Germany's August is disputed (1,341 t or 1,346 t): June and July are lower on both
    const [germany] = await verdicts(
      "China's rare-earth magnet exports to Germany in August were the lowest since May.",
      "2025-09-25",
    );
    expect(germany?.[1]).toBe("contradicted");
    // Japan's December is disputed (280 t or 411.3 t): November's 305 t beats only one side
    const [japan] = await verdicts(
      "China's rare-earth magnet exports to Japan in December were the highest since July.",
      "2026-01-25",
    );
    expect(japan?.[1]).toBe("unverifiable");
    expect(japan?.[2]).toContain("sources disagree");
  });

  it("reads a tonnage set against the claim's as its comparison base's, and keeps a wrong base contradicted", async () => {
    const levels = async (text: string, published: string) =>
      (await verifyClaims(store, text, { published })).claims
        .filter((c) => c.kind === "level" || c.kind === "ytd")
        .map((c) => [c.text, c.verdict, c.period] as const);
    // a year back: named after the figure's clause or as a possessive
    expect(
      await levels(
        "China's rare-earth magnet exports rose 17.5% in September from a year earlier, when 4,915 tonnes were shipped.",
        "2025-10-20",
      ),
    ).toEqual([["4,915 tonnes", "supported", "2024-09"]]);
    expect(
      (
        await levels(
          "China's rare-earth magnet exports in January-August were 34,041 t, about 11% below last year's 38,138 t.",
          "2025-09-20",
        )
      ).at(-1),
    ).toEqual(["38,138 t", "supported", "2024-01..2024-08"]);
    // after a word of comparison, the month or the year before
    expect(
      (
        await levels(
          "China's rare-earth magnet exports to the United States went from a mere 46 tonnes to 353 tonnes in June.",
          "2025-07-25",
        )
      )[0],
    ).toEqual(["46 tonnes", "supported", "2025-05"]);
    // a base that is no month's or year's before stays wrong: October was 5,473 t
    expect(
      (
        await levels(
          "China's rare-earth magnet exports rose to 6,150 t in November from 5,774 t in October.",
          "2025-12-20",
        )
      ).at(-1),
    ).toEqual(["5,774 t", "contradicted", "2025-10"]);
  });

  it("reads a month written next to a figure as that figure's, and keeps a wrong figure contradicted", async () => {
    const r = await verdicts(
      "China's rare-earth magnet exports to India rose 143% in July to 418 tonnes from June's 172 tonnes.",
      "2025-08-20",
    );
    expect(r.map(([, v]) => v)).toEqual(["supported", "supported", "supported"]);
    const [wrong] = await verdicts(
      "China's rare-earth magnet exports to India were 172 tonnes in July.",
      "2025-08-20",
    );
    expect(wrong?.[1]).toBe("contradicted");
    expect(wrong?.[2]).toContain("figure for June 2025");
  });
});

describe("ranks and streaks as reporters word them", () => {
  const verdict = async (text: string, published: string, words: string) => {
    const r = await verifyClaims(store, text, { published });
    const c = r.claims.find((x) => x.text.includes(words));
    return [c?.verdict, c?.explanation] as const;
  };

  it("reads a year in the rank's own words as its window, so a false rank stays contradicted", async () => {
    const [v, why] = await verdict(
      "December rare-earth magnet exports of 5,952 tonnes were the third-largest monthly volume of 2025.",
      "2026-01-20",
      "third-largest",
    );
    expect(v).toBe("contradicted");
    expect(why).toContain("ranks 4");
  });

  it("checks a streak said as 'for a second month' and 'for the second month running'", async () => {
    for (const text of [
      "China's rare-earth magnet exports fell for a second month in October, to 5,473 tonnes.",
      "China's rare-earth magnet exports fell in October for the second month running.",
    ])
      expect((await verdict(text, "2025-11-20", "second month"))[0]).toBe("supported");
    const [wrong] = await verdict(
      "China's rare-earth magnet exports fell for a third month in October.",
      "2025-11-20",
      "third month",
    );
    expect(wrong).toBe("contradicted");
  });

  it("supports a hedged fraction or multiple only where the hedge holds, and contradicts it where it fails", async () => {
    const first = async (text: string, published: string) =>
      (await verifyClaims(store, text, { published })).claims[0]?.verdict;
    // Germany's December share is 18.6%: a bound holds at the bound, whatever "a fifth" rounds
    expect(
      await first("Germany took more than a fifth of China's magnet exports in December.", "2026-01-20"),
    ).toBe("contradicted");
    expect(
      await first("Germany took more than a quarter of China's magnet exports in December.", "2026-01-20"),
    ).toBe("contradicted");
    expect(
      await first("Germany took more than a sixth of China's magnet exports in December.", "2026-01-20"),
    ).toBe("supported");
    // India's July volume is 2.4 times June's: not more than threefold on either reading (x3, x4)
    expect(
      await first("Magnet exports to India rose more than threefold in July from June.", "2025-08-20"),
    ).toBe("contradicted");
    expect(await first("Magnet exports to India more than doubled in July.", "2025-08-20")).toBe("supported");
  });

  it("checks a run that the month ended, counted to the month before", async () => {
    const run = async (text: string, published: string) => {
      const r = await verifyClaims(store, text, { published });
      const c = r.claims.find((x) => x.kind === "rank");
      return [c?.verdict, c?.explanation] as const;
    };
    const [ended] = await run(
      "China's rare-earth magnet exports fell in September, ending three straight months of gains.",
      "2025-10-20",
    );
    expect(ended).toBe("supported");
    const [first] = await run(
      "China's rare-earth magnet exports rose in November, the first rise in three months.",
      "2025-12-20",
    );
    expect(first).toBe("supported");
    // October fell too: December's fall was not the first in three months
    const [wrong, why] = await run(
      "China's rare-earth magnet exports fell in December, the first decline in three months.",
      "2026-01-20",
    );
    expect(wrong).toBe("contradicted");
    expect(why).toContain("November 2025");
  });

  it("counts a window that starts at an event from its month, with no word on the month before", async () => {
    const [v, why] = await verdict(
      "China's rare-earth magnet exports to India in October were the highest monthly figure since the curbs began in April.",
      "2025-11-20",
      "highest",
    );
    expect(v).toBe("contradicted");
    expect(why).toContain("July 2025's 418 t");
  });

  it("supports a window that understates the figure, and still contradicts 'since' a month that was not beyond", async () => {
    const [v, why] = await verdict(
      "China's rare-earth magnet exports hit a six-month high in November 2025.",
      "2025-12-20",
      "six-month high",
    );
    expect(v).toBe("supported");
    expect(why).toContain("understates");
    const [since] = await verdict(
      "China's rare-earth magnet exports in November 2025 were the highest since March.",
      "2025-12-20",
      "highest since",
    );
    expect(since).toBe("contradicted");
    const [wrong] = await verdict(
      "China's rare-earth magnet exports in December 2025 were a six-month high.",
      "2026-01-20",
      "six-month high",
    );
    expect(wrong).toBe("contradicted");
  });

  it("leaves a window's rank unverifiable when a month it lacks could beat it, unless a year to date pins that month", async () => {
    // January and February 2026 are held only as their sum, so either could be under March's 5,238 t
    const [open, why] = await verdict(
      "At 5,238 tonnes, March 2026 magnet shipments from China were the smallest in eight months.",
      "2026-04-20",
      "smallest in eight months",
    );
    expect(open).toBe("unverifiable");
    expect(why).toContain("January 2026, February 2026 are missing and could be lower");
    // February 2025 is January-May less the months held: 3,587 t, below August's 6,146 t
    const [pinned] = await verdict(
      "China's magnet exports reached 6,146 tonnes in August 2025, the largest in seven months.",
      "2025-09-20",
      "largest in seven months",
    );
    expect(pinned).toBe("supported");
  });

  it("checks the extreme of the past N months, and supports one of N months the text leaves open without ever contradicting it", async () => {
    const [past] = await verdict(
      "Chinese magnet exports to Germany fell to 1,118 tonnes in October 2025, the low point of the past four months.",
      "2025-11-20",
      "low point of the past four months",
    );
    // July 2025 (1,116 t) is in the window and lower
    expect(past).toBe("contradicted");
    const table =
      "German intake of Chinese magnets, tonnes: June 764, July 1,116, August 1,346, September 1,288, October 1,118.";
    const [open, why] = await verdict(
      `${table} For Germany, August was the high point of the five months.`,
      "2025-11-20",
      "high point of the five months",
    );
    expect(open).toBe("supported");
    expect(why).toContain("the text does not say which 5 it means");
    const [wrong] = await verdict(
      `${table} For Germany, July was the high point of the five months.`,
      "2025-11-20",
      "high point of the five months",
    );
    expect(wrong).toBe("unverifiable");
  });

  it("leaves a destination's best month of a year it is held for only in part unverifiable, saying what the months held show", async () => {
    // the data holds Japan's magnet intake from June 2025 only
    const [v, why] = await verdict(
      "Japan took 305 tonnes of Chinese rare-earth magnets in November 2025, its best month this year.",
      "2025-12-20",
      "best month",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("highest of the 5 months held, June-November 2025");
    expect(why).toContain("January-May 2025 of the window the text names are not in it");
    // a month held that beats it decides the claim, whatever the missing months were
    const [beaten] = await verdict(
      "Chinese rare-earth magnet exports to Japan in September 2025 were the highest this year.",
      "2025-10-20",
      "highest this year",
    );
    expect(beaten).toBe("contradicted");
    const [low] = await verdict(
      // South Korea's figures start in September 2025; October's 569 t is below September's
      "Chinese rare-earth magnet exports to South Korea in October 2025 were the lowest this year.",
      "2025-11-20",
      "lowest this year",
    );
    expect(low).toBe("unverifiable");
  });

  it("gives the rank of a month's intake 'bought by' a destination to that destination, not to the total", async () => {
    // the total's January 2025 (6,357 t) beats its November; Japan's months held do not beat 305 t
    const [v, why] = await verdict(
      "Five figures for the year\n\n5. 305: tonnes of Chinese magnets bought by Japan in November 2025, its biggest month of the year.",
      "2025-12-30",
      "biggest month",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("305 t is highest of the 5 months held");
  });

  it("counts a run after a change on the year as a run of changes on the year, contradicting it only when monthly moves fail it too", async () => {
    // rare earths against a year before: June-August 2024 down, September 2024 up 6.3%; month on
    // month, June down, July up, August down
    const [reversed] = await verdict(
      "China's rare-earth exports rose 6.3% year on year in September 2024, reversing three straight months of declines.",
      "2024-10-20",
      "reversing",
    );
    expect(reversed).toBe("supported");
    const [own, why] = await verdict(
      "China's rare-earth exports in August 2024 fell year on year for a third straight month.",
      "2024-09-20",
      "third straight month",
    );
    expect(own).toBe("supported");
    expect(why).toContain("3 straight year-on-year falls");
    // September 2025 fell on the year after August rose on it, but fell on the month after August fell
    const [open] = await verdict(
      "China's rare-earth exports fell 4.3% year on year in September 2025, a second straight decline.",
      "2025-10-20",
      "second straight",
    );
    expect(open).toBe("unverifiable");
  });

  it("counts 'since at least' a year from where the data starts in that year, never from a year before it", async () => {
    // the rare-earths data starts in March 2022
    const [v, why] = await verdict(
      "China's rare-earth exports in June 2025 were the highest monthly figure since at least 2022.",
      "2025-07-22",
      "highest",
    );
    expect(v).toBe("supported");
    expect(why).toContain("from March 2022");
    const [earlier] = await verdict(
      "China's rare-earth exports in June 2025 were the highest monthly figure since at least 2020.",
      "2025-07-22",
      "highest",
    );
    expect(earlier).toBe("unverifiable");
  });

  it("counts a record from the year the text gives, which the data may not reach back to", async () => {
    const [v, why] = await verdict(
      "China's rare-earth magnet exports in May 2025 were the lowest since records began in 2017.",
      "2025-06-20",
      "lowest since",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("starts in");
  });

  it("counts a record kept from a year from that year's start, naming no month beyond it", async () => {
    // the magnet data starts in February 2024; May 2025's 1,238 t is the lowest month held
    const [v] = await verdict(
      "China's magnet exports in May 2025 were the lowest monthly figure in records going back to early 2024.",
      "2025-06-20",
      "lowest",
    );
    expect(v).toBe("supported");
  });

  it("does not call a year a record from a few full years of data, unless counted over the data", async () => {
    // the data holds full years of rare-earth exports for 2023-2025 only, and no source ranked 2023
    const [v, why] = await verdict(
      "China's rare-earth exports in 2023, at 52,307 tonnes, were the lowest annual total on record.",
      "2024-01-20",
      "lowest",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("too short a history");
    const [held] = await verdict(
      "China's 2025 rare-earth exports, 62,585 tonnes, were the largest annual total in the available data.",
      "2026-01-20",
      "largest",
    );
    expect(held).toBe("supported");
  });

  it("supports a year's record that a published source called a record, by that source's word", async () => {
    // three full years held are too few to tell a record; the wire story on the 2025 total called it one
    const [v, why] = await verdict(
      "Full-year 2025 shipments of rare earths from China set a record, at 62,585 tonnes.",
      "2026-01-20",
      "record",
    );
    expect(v).toBe("supported");
    expect(why).toMatch(/supported by Reuters .*the data alone cannot rank it: .*too short a history/);
    // a source's word never outweighs the data: 2024 (55,431 t) beat 2023 (52,307 t)
    const [lower] = await verdict(
      "China's rare-earth exports in 2024 fell to the lowest annual total on record.",
      "2025-01-20",
      "lowest",
    );
    expect(lower).toBe("contradicted");
  });

  it("says what bounds a missing month that a rank's window passes over", async () => {
    // February 2025 is held only inside the January-February total, which keeps it below July's 5,577 t
    const [v, why] = await verdict(
      "July magnet exports were the highest since January.",
      "2025-08-22",
      "highest since",
    );
    expect(v).toBe("supported");
    expect(why).toMatch(
      /the totals held bound it: February 2025 at most [\d,.]+ t \(January-February 2025 less/,
    );
  });

  it("leaves a record unverifiable whose start the words give but the reader could not place", async () => {
    const [v, why] = await verdict(
      "China exported 62,585 tonnes of rare earths in 2025, the largest annual total since its current series began in 2014.",
      "2026-01-20",
      "largest",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("could not be read");
  });

  it("does not call a total's record from under a year of the product's data", async () => {
    // the data holds rare-earth products only from May 2025: the record is borne out only by the
    // sources that called August's figure one, on their word
    const [products, why] = await verdict(
      "Outbound rare-earth product shipments set a new record in August 2025.",
      "2025-09-20",
      "record",
    );
    expect(products).toBe("supported");
    expect(why).toContain("the data alone cannot rank it");
    expect(why).toContain("too short a history");
    // counted over the data the writer has, the months held are the record
    const [held] = await verdict(
      "Outbound rare-earth product shipments in August 2025 were a record in the data series.",
      "2025-09-20",
      "record",
    );
    expect(held).toBe("supported");
  });

  it("holds 'the first decline in three months' to the run it ends, not only to the month's move", async () => {
    const move = async (text: string, published: string) => {
      const r = await verifyClaims(store, text, { published });
      const c = r.claims.find((x) => x.stated.type === "direction" && x.text.includes("first decline"));
      return [c?.verdict, c?.explanation] as const;
    };
    // January 2025 rose on a December 2024 the data lacks: the run before February is unknown
    const [v, why] = await move(
      "US-bound magnet shipments dropped to 405 tonnes in February, the first decline in three months.",
      "2025-03-20",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("the run it ends");
    // June and July 2025 both rose, so August's dip ends the run the words state
    const [held] = await move(
      "Magnet shipments to the US eased in August, the first decline in three months.",
      "2025-09-20",
    );
    expect(held).toBe("supported");
  });

  it("does not call a destination's first month held a record: it tops no other month", async () => {
    // the data holds India's magnet figures only from May 2025 (150 t)
    const [v, why] = await verdict(
      "India's intake of Chinese magnets sank to a record low of 150 tonnes in May 2025.",
      "2025-06-24",
      "record low",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("too short a history");
    // nor, with eight months held, a destination's record: its series is as short for a record as
    // a total's would be (Vietnam from May 2025)
    const [later, laterWhy] = await verdict(
      "Vietnam took a record 509 tonnes of Chinese magnets in December 2025.",
      "2026-01-22",
      "record",
    );
    expect(later).toBe("unverifiable");
    expect(laterWhy).toContain("too short a history");
  });
});

describe("shares, multiples and differences as reporters word them", () => {
  const check = async (text: string, words: string) => {
    const r = await verifyClaims(store, text, { published: "2026-01-25" });
    const c = r.claims.find((x) => x.text.includes(words));
    return [c?.verdict, c?.partner, c?.period] as const;
  };

  it("leaves a month named after a share set against this one to that share", async () => {
    const r = await verifyClaims(
      store,
      "China's exports of rare-earth magnets to Japan reached 305 tonnes in November. That is about 5% of China's total magnet exports for the month, up from a 4.1% share in October.",
      { published: "2025-12-20" },
    );
    expect(r.claims.filter((c) => c.kind === "share").map((c) => [c.text, c.period, c.verdict])).toEqual([
      ["about 5% of China's total magnet exports", "2025-11", "supported"],
      ["a 4.1% share", "2025-10", "supported"],
    ]);
  });

  it("checks a share whose destination comes after it, and keeps a wrong one contradicted", async () => {
    expect(
      await check("Just over a fifth of China's magnet exports in August went to Germany.", "fifth"),
    ).toEqual(["supported", "DEU", "2025-08"]);
    expect(await check("Germany's share of China's magnet exports was 30% in September.", "30%")).toEqual([
      "contradicted",
      "DEU",
      "2025-09",
    ]);
  });

  it("calls a bare percentage after a tonnage ambiguous when only a change fits it", async () => {
    const [v] = await check("China's magnet shipments to the US were 582 t in November, or 11%.", "11%");
    expect(v).toBe("unverifiable");
  });

  it("reads a difference in tonnes said with a verb of comparison, never as the month's level", async () => {
    expect(await check("China's magnet exports in November topped October's by 677 tonnes.", "677")).toEqual([
      "supported",
      "WLD",
      "2025-11",
    ]);
    expect(await check("China's magnet exports added 677 tonnes in November from October.", "677")).toEqual([
      "supported",
      "WLD",
      "2025-11",
    ]);
  });
});

describe("a destination's rank among destinations", () => {
  const rank = async (text: string, published: string) => {
    const r = await verifyClaims(store, text, { published });
    const c = r.claims.find((x) => x.kind === "rank");
    return [c?.partner, c?.verdict, c?.explanation] as const;
  };

  it("checks a multiple against the month of the figure it is taken of, never against its own month", async () => {
    const r = await verifyClaims(
      store,
      "India took 416 tonnes of magnets in October 2025, nearly two-and-a-half times the 172 tonnes shipped in June. Magnet exports to India in October 2025 were three times the 140 t of October 2025.",
      { published: "2025-11-24" },
    );
    const [june, same] = r.claims.filter((c) => c.kind === "change");
    expect(june?.verdict).toBe("supported");
    expect(june?.explanation).toContain("172 t in June 2025 to 416 t in October 2025");
    expect(same?.verdict).toBe("unverifiable");
  });

  it("supports a rank the destinations held bear out, and says how much of the total they hold", async () => {
    const [partner, v, why] = await rank(
      "Germany was the largest buyer of China's rare-earth magnets in July.",
      "2025-08-20",
    );
    expect([partner, v]).toEqual(["DEU", "supported"]);
    expect(why).toContain("of the total");
  });

  it("contradicts a rank that a destination held beats, named in the sentence", async () => {
    const [partner, v, why] = await rank(
      "The largest buyer of China's rare-earth magnets in July was the United States.",
      "2025-08-20",
    );
    expect([partner, v]).toEqual(["USA", "contradicted"]);
    expect(why).toContain("DEU's 1,116 t");
  });

  it("leaves unverifiable a rank the held destinations put higher than stated, or a bloc's", async () => {
    const [, lower] = await rank(
      "The US was the second-largest destination for China's rare-earth magnets in November.",
      "2025-12-20",
    );
    expect(lower).toBe("unverifiable");
    const [, bloc] = await rank(
      "The EU remained the largest buyer of China's rare-earth magnets in November.",
      "2025-12-20",
    );
    expect(bloc).toBe("unverifiable");
  });
});

describe("a year's total in a month's sentence", () => {
  const verdicts = async (text: string, published: string) =>
    (await verifyClaims(store, text, { published })).claims.map(
      (c) => [c.text, c.verdict, c.period] as const,
    );

  it("reads a tonnage the words make the year's, to date or in full, as that total", async () => {
    const tally = await verdicts(
      "China's magnet exports, month by month\n\nOCTOBER - 5,473 t.\nNOVEMBER - 6,150 t, which took the year's tally to 51,440 t.",
      "2025-12-25",
    );
    expect(tally.at(-1)).toEqual(["51,440 t", "supported", "2025-01..2025-11"]);
    const fy = await verdicts(
      "Magnet exports from China\n\nDecember: 5,952 t (-198 t m/m)\nFY25 shipments: 57.4kt",
      "2026-01-25",
    );
    expect(fy.at(-1)).toEqual(["57.4kt", "supported", "2025-01..2025-12"]);
  });
});

describe("a change between two months named as a span", () => {
  const first = async (text: string, published: string) => {
    const c = (await verifyClaims(store, text, { published })).claims[0];
    return [c?.verdict, c?.period] as const;
  };

  it("reads 'from August to September' and 'from June to July' as the later month's change on the earlier", async () => {
    expect(
      await first(
        "From August to September, China's rare-earth magnet exports to the United States fell 29%.",
        "2025-10-20",
      ),
    ).toEqual(["supported", "2025-09"]);
    expect(await first("China's magnet exports to Germany: 1.5x from June to July.", "2025-08-20")).toEqual([
      "supported",
      "2025-07",
    ]);
  });
});

describe("a difference stated by its size", () => {
  it("checks 'the gap with August' on the size of the change, contradicting a wrong one", async () => {
    const change = async (text: string) =>
      (await verifyClaims(store, text, { published: "2025-10-15" })).claims.find((c) => c.kind === "change")
        ?.verdict;
    // Germany: 1,346 t (or 1,341 t) in August, 1,288 t in September
    const t = (gap: string) =>
      `China's rare-earth magnet exports to Germany were 1,288 t in September 2025; the gap with August was ${gap}.`;
    expect(await change(t("58 t"))).toBe("supported");
    expect(await change(t("85 t"))).toBe("contradicted");
  });
});

describe("a text with no figures", () => {
  /** Checks a text against a store that is closed already: any query would fail. */
  async function againstClosed(text: string) {
    const closed = await openStore({ path: ":memory:" });
    closed.close();
    return verifyClaims(closed, text, { published: "2025-12-20" });
  }

  it("asks nothing of the data: it checks even against a closed store", async () => {
    const r = await againstClosed("Officials met in Beijing to discuss licences.");
    expect(r.claims).toEqual([]);
  });

  it("may hold digits that are no trade figure: the version asked ahead for them is dropped, its error too", async () => {
    const r = await againstClosed("In 2025 officials met twice in Beijing, on 12 May and 9 June.");
    expect(r.claims).toEqual([]);
    // a rejection nobody handled would surface on the next turns of the event loop
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

describe("a total over a span no source states", () => {
  it("is the sum of its months when every month is held", async () => {
    const ok = await verifyClaims(store, "China's magnet exports in July-September came to 17,497 tonnes.", {
      published: "2025-10-24",
    });
    expect(ok.claims[0]).toMatchObject({ verdict: "supported", period: "2025-07..2025-09" });
    expect(ok.claims[0]?.evidence.length).toBeGreaterThan(0);
    const wrong = await verifyClaims(
      store,
      "China's magnet exports in the third quarter came to 19,900 tonnes.",
      {
        published: "2025-10-24",
      },
    );
    expect(wrong.claims[0]?.verdict).toBe("contradicted");
  });
});

describe("a share of what the exports were worth", () => {
  const US_VALUE =
    "In November 2025 shipments of magnets to the United States were worth US$26.74 million, under 9% of the total value of China's magnet exports.";

  it("is checked against the values the data holds, not against the tonnage share", async () => {
    const r = await verifyClaims(store, US_VALUE, { published: "2025-12-20" });
    const share = r.claims.find((c) => c.stated.type === "share");
    expect(share?.verdict).toBe("supported");
    expect(share?.explanation).toContain("26.74 million USD of 301.8 million USD");
  });

  it("is unverifiable, never contradicted, where the data holds no value for the destination", async () => {
    const r = await verifyClaims(
      store,
      "By value, Japan bought 40% of China's rare-earth magnet exports in November 2025.",
      { published: "2025-12-20" },
    );
    const share = r.claims.find((c) => c.stated.type === "share");
    expect(share?.stated).toMatchObject({ type: "share", measure: "value" });
    expect(share?.verdict).toBe("unverifiable");
  });
});

describe("a level that repeats a source's approximate figure", () => {
  it("is not certain to be wrong when it is the very figure a source printed and the data counts as agreeing", async () => {
    const r = await verifyClaims(store, "Rare-earth exports came to 5,600 tonnes in March 2025.", {
      published: "2025-04-25",
    });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.verdict).toBe("unverifiable");
    expect(r.claims[0]?.explanation).toContain("printed this figure");
    expect(r.claims[0]?.explanation).toContain("5,666.3 t");
  });

  it("is still contradicted when no source printed it", async () => {
    const r = await verifyClaims(store, "Rare-earth exports came to 5,500 tonnes in March 2025.", {
      published: "2025-04-25",
    });
    expect(r.claims.map((c) => c.verdict)).toEqual(["contradicted"]);
  });
});

describe("a full year ranked over a window of years", () => {
  it("is left open with the years the data holds, not called a period no rank can have", async () => {
    const r = await verifyClaims(store, "China's rare-earth exports in 2025 were the highest since 2016.", {
      published: "2026-02-01",
    });
    const rank = r.claims.find((c) => c.stated.type === "rank");
    expect(rank?.verdict).toBe("unverifiable");
    expect(rank?.explanation).toContain("the data holds full years 2023-2025");
    expect(rank?.explanation).not.toContain("needs a single month");
  });
});

describe("a level told in a 'when' aside after a year", () => {
  it("is that year's, and so is the record said of it", async () => {
    const r = await verifyClaims(
      store,
      "Magnet shipments in 2025 came to 57,392 t, a little under 2024, when they peaked at a record 58,152 t.",
      { published: "2026-02-01" },
    );
    const level = r.claims.find((c) => c.stated.type === "level" && c.stated.value === 58152);
    expect(level?.period).toBe("2024-01..2024-12");
    expect(level?.verdict).toBe("supported");
    expect(r.summary.contradicted).toBe(0);
  });
});
