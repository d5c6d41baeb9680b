// Wordings seen in press text outside the repository that the reader once got wrong: a destination's
// place with its subject left out after "and" ("Japan took 305 t in November, and ranked fourth among
// destinations") or taken up by "it" ("It was the second-largest destination", answering a question
// about one destination); parallel ranked lists ("Germany ranked first, South Korea ranked second,
// Vietnam ranked third", "..., the US second and India fourth"), each place its own item's; a share
// "of it" or "of that amount", whose whole is the tonnage just named; background told in the past
// perfect ("Shipments had collapsed in April and May after the controls"), whose months the next
// paragraph's figures do not take; changes whose bases are listed "respectively" ("down 6.1% and up
// 17.5% respectively from August and a year earlier"), each on its own base.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

/** Verdict, destination, period and stated place of the rank at `quote`. */
async function rankAt(text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  const s = (c?.stated ?? {}) as { n?: number; scope?: unknown };
  return {
    verdict: c?.verdict ?? null,
    partner: c?.partner ?? null,
    period: c?.period ?? null,
    n: s.n ?? null,
    scope: s.scope ?? null,
  };
}

// magnets, October 2025: Germany 1,118 t, US 656 t, South Korea 569 t, Vietnam 444 t, India 416 t
describe("a destination's place with its subject left out", () => {
  it.each([
    [
      "India took 416 tonnes of magnets in October, and ranked fifth among destinations.",
      "ranked fifth among destinations",
      "IND",
      5,
      "supported",
    ],
    [
      "Shipments to Vietnam came to 444 tonnes in October, and stood fourth among China's magnet buyers.",
      "stood fourth among China's magnet buyers",
      "VNM",
      4,
      "supported",
    ],
    [
      "South Korea bought 569 tonnes of magnets in October and was the third-largest destination.",
      "was the third-largest destination",
      "KOR",
      3,
      "supported",
    ],
    [
      "South Korea bought 569 tonnes of magnets in October and was the second-largest destination.",
      "was the second-largest destination",
      "KOR",
      2,
      "contradicted",
    ],
  ])("is the place of the clause before's destination: %s", async (text, quote, partner, n, verdict) => {
    expect(await rankAt(text, quote, "2025-11-20")).toEqual({
      verdict,
      partner,
      period: "2025-10",
      n,
      scope: { type: "destinations" },
    });
  });

  it("is a destination's only where the clause before names one", async () => {
    const text = "Magnet exports slipped to 5,473 tonnes in October, and ranked fourth among destinations.";
    const got = await rankAt(text, "ranked fourth among destinations", "2025-11-20");
    expect({ verdict: got.verdict, partner: got.partner }).toEqual({
      verdict: "unverifiable",
      partner: "WLD",
    });
  });

  it("needs what the place is among", async () => {
    const text = "India took 416 tonnes of magnets in October, and ranked fifth.";
    const got = await verifyRanks(text, "2025-11-20");
    expect(got).toEqual([]);
  });
});

describe("a destination's place taken up by 'it'", () => {
  it.each([
    ["Where did Germany stand in October? It was the largest destination.", "DEU", 1, "supported"],
    [
      "Q: And the US in October?\nA: It was the second-largest destination for magnets.",
      "USA",
      2,
      "supported",
    ],
    [
      "In October, India took 416 tonnes of magnets. It ranked fifth among destinations.",
      "IND",
      5,
      "supported",
    ],
  ])("is the place of the destination spoken of: %s", async (text, partner, n, verdict) => {
    const quote = /(?:was the (?:largest|second-largest) destination|ranked fifth among destinations)/.exec(
      text,
    )?.[0] as string;
    expect(await rankAt(text, quote, "2025-11-20")).toEqual({
      verdict,
      partner,
      period: "2025-10",
      n,
      scope: { type: "destinations" },
    });
  });

  it("carried from the question, a wrong place is left open, never contradicted", async () => {
    const text = "How did South Korea fare in October? It was the second-largest destination.";
    const got = await rankAt(text, "was the second-largest destination", "2025-11-20");
    expect({ verdict: got.verdict, partner: got.partner, period: got.period }).toEqual({
      verdict: "unverifiable",
      partner: "KOR",
      period: "2025-10",
    });
  });
});

describe("a parallel ranked list", () => {
  it("gives each place its own item's destination, with or without the verb", async () => {
    const text =
      "Among buyers of Chinese magnets in October, Germany ranked first, the US came second, South Korea third and Vietnam fourth.";
    const got = (await verifyClaims(store, text, { published: "2025-11-20" })).claims
      .filter((c) => c.stated.type === "rank")
      .map((c) => [c.text, c.partner, c.period, c.verdict]);
    expect(got).toEqual([
      ["ranked first", "DEU", "2025-10", "supported"],
      ["came second", "USA", "2025-10", "supported"],
      ["third", "KOR", "2025-10", "supported"],
      ["fourth", "VNM", "2025-10", "supported"],
    ]);
  });

  it("reads a place taken as a place, not as a fraction of the exports", async () => {
    const text =
      "In October Germany took first place among China's magnet buyers, the US took second and South Korea took third.";
    const got = (await verifyClaims(store, text, { published: "2025-11-20" })).claims.map((c) => [
      c.text,
      c.stated.type,
      c.partner,
      c.verdict,
    ]);
    expect(got).toEqual([
      ["took first place", "rank", "DEU", "supported"],
      ["took second", "rank", "USA", "supported"],
      ["took third", "rank", "KOR", "supported"],
    ]);
  });

  it.each([
    [
      "In October Germany ranked first, the US ranked second and Vietnam ranked third among magnet destinations.",
      "ranked third",
      "VNM",
    ],
    [
      "China's top magnet buyers in October: Germany came first, the US second and India fourth.",
      "fourth",
      "IND",
    ],
  ])("contradicts a wrong place, not rescued by a neighbour's: %s", async (text, quote, partner) => {
    expect(await rankAt(text, quote, "2025-11-20")).toEqual({
      verdict: "contradicted",
      partner,
      period: "2025-10",
      n: quote === "fourth" ? 4 : 3,
      scope: { type: "destinations" },
    });
  });
});

// magnets, October 2025: the EU 2,060.3 t, of it Germany 1,118 t; the US 656 t, Japan 226 t; all 5,473 t
describe("a share 'of it'", () => {
  it.each([
    [
      "Shipments to the European Union reached 2,060 tonnes of magnets in October; Germany accounted for 54% of it.",
      "accounted for 54%",
      "supported",
    ],
    [
      "The bloc's intake came to 2,060 t in October, and Germany took more than half of it.",
      "took more than half",
      "supported",
    ],
    [
      "Exports of magnets to the US were 656 tonnes in October. Japan bought roughly a third of that amount.",
      "bought roughly a third",
      "supported",
    ],
    [
      "China's magnet exports reached 5,473 tonnes in October, and Germany took about a fifth of it.",
      "took about a fifth",
      "supported",
    ],
    [
      "China's magnet exports reached 5,473 tonnes in October, and Germany took 45% of it.",
      "took 45%",
      "contradicted",
    ],
  ])("is of the tonnage just named: %s", async (text, quote, verdict) => {
    const c = await claimAt(store, text, quote, "2025-11-20");
    expect({ verdict: c?.verdict, period: c?.period }).toEqual({ verdict, period: "2025-10" });
  });

  it("is of the tonnage 'of which' points back to", async () => {
    const text = "Magnet exports to the EU came to 2,060.3t in Oct, of which Germany took 54pc.";
    const c = await claimAt(store, text, "took 54pc", "2025-11-20");
    expect({ verdict: c?.verdict, partner: c?.partner }).toEqual({ verdict: "supported", partner: "DEU" });
  });

  it("is never refuted by the share of the total when that tonnage is a destination's", async () => {
    const text =
      "Shipments to the European Union reached 2,060 tonnes of magnets in October; Germany accounted for 20% of it.";
    const c = await claimAt(store, text, "accounted for 20%", "2025-11-20");
    expect(c?.verdict).toBe("unverifiable");
  });
});

// magnets, April 2025: the US 246 t; October 2025: the US 656 t
describe("background told in the past perfect", () => {
  it("lends its month to no figure of the next paragraph", async () => {
    const text =
      "Shipments had collapsed in April after the controls were announced, leaving carmakers short.\n\nThe US received 246 tonnes of magnets, customs figures showed.";
    const c = await claimAt(store, text, "246 tonnes", "2025-11-20");
    expect({ verdict: c?.verdict, period: c?.period }).toEqual({ verdict: "unverifiable", period: null });
  });

  it("still dates its own figures", async () => {
    const text =
      "Exports had plunged to 1,238 tonnes in May as licences dried up.\n\nGermany took 1,118 tonnes in October.";
    const got = (await verifyClaims(store, text, { published: "2025-11-20" })).claims.map((c) => [
      c.text,
      c.period,
      c.verdict,
    ]);
    expect(got).toEqual([
      ["plunged", "2025-05", "supported"],
      ["1,238 tonnes", "2025-05", "supported"],
      ["1,118 tonnes", "2025-10", "supported"],
    ]);
  });
});

// all magnet exports: August 2024 5,325 t, September 2024 4,915 t; July 2025 5,577 t, August 6,146 t
// (+10.2% m/m, +15.4% y/y), September 5,774 t (-6.1% m/m, +17.5% y/y)
describe("changes with their bases listed 'respectively'", () => {
  const changes = async (text: string, published: string) =>
    (await verifyClaims(store, text, { published })).claims
      .filter((c) => c.stated.type === "change")
      .map((c) => [c.text, (c.stated as { basis?: string }).basis, c.verdict]);

  it.each([
    [
      "In September magnet exports came to 5,774 tonnes, down 6.1% and up 17.5% respectively from August and a year earlier.",
      "2025-10-20",
      [
        ["down 6.1%", "mom", "supported"],
        ["up 17.5%", "yoy", "supported"],
      ],
    ],
    [
      "Magnet shipments reached 6,146 t in August, up 15.4% and 10.2% on the year and the month respectively.",
      "2025-09-20",
      [
        ["up 15.4%", "yoy", "supported"],
        ["10.2%", "mom", "supported"],
      ],
    ],
    [
      "August magnet exports were up 10.2% and 15.4%, respectively, from July and a year earlier.",
      "2025-09-20",
      [
        ["up 10.2%", "mom", "supported"],
        ["15.4%", "yoy", "supported"],
      ],
    ],
  ])("takes each on its own base: %s", async (text, published, expected) => {
    expect(await changes(text, published)).toEqual(expected);
  });

  it("reads a month listed as a base as no period of the claim's own", async () => {
    const text =
      "China's magnet exports dropped 5.2% and rose 15.8% from September and October 2024, respectively.";
    const got = (await verifyClaims(store, text, { published: "2025-11-20" })).claims.map((c) => [
      c.text,
      c.period,
      c.verdict,
    ]);
    expect(got).toEqual([
      ["dropped 5.2%", "2025-10", "supported"],
      ["rose 15.8%", "2025-10", "supported"],
    ]);
  });

  it("contradicts changes whose bases were swapped", async () => {
    const text = "August magnet exports were up 15.4% and 10.2% respectively from July and a year earlier.";
    expect(await changes(text, "2025-09-20")).toEqual([
      ["up 15.4%", "mom", "contradicted"],
      ["10.2%", "yoy", "contradicted"],
    ]);
  });
});

/** The ranks `verify` reads in `text`. */
async function verifyRanks(text: string, published: string) {
  return (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.stated.type === "rank")
    .map((c) => c.text);
}
