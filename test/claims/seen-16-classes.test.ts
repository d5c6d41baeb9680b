// Wordings seen in press text outside the repository that the reader once got wrong: a base month
// dated by the year before it as a possessive ("last year's October figure") or after its figure's
// noun ("October's figure last year"), which is that month of the year before publication's, not a
// year before the claim's own month nor the latest October; a country that "saw" or "recorded" its
// own imports ("Germany saw its imports of Chinese magnets fall 13%"), which is that country's own
// count, never checked against China's exports; a move told right before the pair of figures that
// answer a question's span ("What happened between March and May? Shipments fell from 5,324 t to
// 1,238 t"), which is the later month's against the earlier, as the pair's ends are; a forecast told
// after a share ("..., which could top 6,500 t in January", "..., and traders think shipments may pass
// 6,000 t in January"), whose month is the forecast's and neither dates the share nor is a reading of it;
// "may" as a modal ("may just reach", "may have topped", "may well have been the best month", "may
// prove"), a hedge or a forecast, never the month nor a reported figure; a figure the year owns
// ("the year's 5,933 t", "this year's 51,440 t"), which is the year the text is on, so far when it is
// not over, not the month the clause names; a share told in words as "two of every ten", a count of
// every so many as "two in every ten" and "two out of ten" already were, not a tonnage of ten; a bare
// number answering a question that asked for tonnes ("How many tonnes went to Japan? 305."), counted
// in the question's unit, which can bear the figure out but never refute it; a bullet without figures
// that names a destination ("- Japan, the second buyer", "- Germany:" with items set in under it),
// which heads the bullets indented under it and lends its destination to no sibling.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

/** Verdict, period and stated base of the claim at `quote`. */
async function baseAt(text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  const s = (c?.stated ?? {}) as { basis?: string; value?: number };
  return { verdict: c?.verdict ?? null, period: c?.period ?? null, basis: s.basis ?? null };
}

// rare earths: October 2024 4,753 t, November 2024 4,416 t, October 2025 4,343.5 t, November 2025 5,493.9 t
describe("a month dated by 'last year' as its figure's owner", () => {
  it.each([
    [
      "Rare-earth shipments reached 5,494 t in November, 16% more than last year's October figure.",
      "16% more",
    ],
    ["Rare-earth shipments reached 5,494 t in November, up 16% on October's figure last year.", "up 16%"],
    ["Rare-earth shipments reached 5,494 t in November, up 16% on the October total of last year.", "up 16%"],
  ])("is the base month of the year before publication's: %s", async (text, quote) => {
    expect(await baseAt(text, quote, "2025-12-18")).toEqual({
      verdict: "supported",
      period: "2025-11",
      basis: "2024-10",
    });
  });

  it("and a wrong change on it is contradicted on that base, not on a year earlier", async () => {
    const text =
      "Rare-earth shipments reached 5,494 t in November, 24% more than last year's October figure.";
    expect(await baseAt(text, "24% more", "2025-12-18")).toEqual({
      verdict: "contradicted",
      period: "2025-11",
      basis: "2024-10",
    });
  });

  it("while 'last year's' before a figure's noun alone still names the same month a year before", async () => {
    const text = "Rare-earth shipments reached 5,494 t in November, 24% more than last year's figure.";
    expect(await baseAt(text, "24% more", "2025-12-18")).toEqual({
      verdict: "supported",
      period: "2025-11",
      basis: "yoy",
    });
  });

  it("dates the level that follows it", async () => {
    const text =
      "Rare-earth shipments reached 5,494 t in November, well above last year's October figure of 4,753 t.";
    expect(await baseAt(text, "4,753 t", "2025-12-18")).toEqual({
      verdict: "supported",
      period: "2024-10",
      basis: null,
    });
  });
});

// magnets: Germany September 2025 1,288 t, October 1,118 t (-13.2%); Japan October 226 t
describe("a country that saw or recorded its own imports", () => {
  it.each([
    ["Germany saw its imports of Chinese magnets fall 13% in October.", "fall 13%"],
    ["Germany saw its imports of Chinese magnets fall 5% in October.", "fall 5%"],
    ["Japan recorded its magnet imports from the mainland at 280 t in October.", "280 t"],
    [
      "China sent 1,119 t of magnets to Germany in October, and Germany saw its imports slide 4%.",
      "slide 4%",
    ],
  ])("is that country's own count, unverifiable: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-18");
    expect([c?.verdict, c?.mode]).toEqual(["unverifiable", "other-reporter"]);
    expect(c?.explanation).toContain("another country's own statistics");
  });

  it("while China's shipments a country saw are still China's exports", async () => {
    const text = "Germany saw shipments of Chinese magnets fall 13% in October.";
    const c = await claimAt(store, text, "fall 13%", "2025-12-18");
    expect([c?.verdict, c?.mode, c?.partner]).toEqual(["supported", "reported", "DEU"]);
  });
});

// magnets: March 2025 5,324 t, May 2025 1,238 t (-76.7%)
describe("a move told right before the pair that answers a question's span", () => {
  it.each([
    ["How did magnet exports fare from March to May? Shipments slid from 5,324 t to 1,238 t.", "slid"],
    [
      "How did magnet exports fare between March and May? They slumped 77% from 5,324 t to 1,238 t.",
      "slumped 77%",
    ],
    [
      "How did magnet exports fare between March and May? They dropped steeply from about 5,300 t to 1,238 t.",
      "dropped",
    ],
  ])("is May's against March: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, "2025-12-18");
    expect([c?.verdict, c?.period, (c?.stated as { basis?: string }).basis]).toEqual([
      "supported",
      "2025-05",
      "2025-03",
    ]);
  });

  it("and the wrong way round, carried from the question, is left open, never contradicted", async () => {
    const text =
      "How did magnet exports fare between March and May? Shipments climbed from 5,324 t to 1,238 t.";
    const c = await claimAt(store, text, "climbed", "2025-12-18");
    expect([c?.verdict, c?.period, c?.grounds.period]).toEqual(["unverifiable", "2025-05", "carried"]);
  });
});

// magnets: October 2025 5,473 t, US 656 t (12.0%); January 2025 6,357 t, US 877 t (13.8%)
describe("a forecast told after a share", () => {
  it.each([
    "Magnet exports reached 5,473 t in October. The US took 12% of the total, which could top 6,500 t in January.",
    "Magnet exports reached 5,473 t in October. The US took 12% of them, a share that is likely to grow in January.",
    "Magnet exports reached 5,473 t in October. The US took 12% of them, and traders think shipments may pass 6,000 t in January.",
    "Magnet exports reached 5,473 t in October. The US share was 12%, although it could climb to 14% in January.",
  ])("leaves the share on the month the text is on: %s", async (text) => {
    const c = (await verifyClaims(store, text, { published: "2025-11-25" })).claims.find(
      (x) => x.kind === "share" && x.partner === "USA",
    );
    expect([c?.verdict, c?.period]).toEqual(["supported", "2025-10"]);
    expect(c?.alternatives.map((a) => a.period).filter((p) => p?.endsWith("-01"))).toEqual([]);
  });
});

// magnets: May 2025 1,238 t, November 2025 6,150 t
describe("'may' as a modal", () => {
  it.each([
    ["Magnet shipments may have topped 1,300 t last month.", "topped 1,300 t", "2025-06-18"],
    ["Magnet shipments may just reach 1,300 t this month.", "1,300 t", "2025-06-18"],
    ["Magnet shipments may well end June near 3,000 t.", "3,000 t", "2025-06-18"],
    [
      "November may prove the year's third-best month for magnet exports.",
      "the year's third-best month for magnet exports",
      "2025-12-18",
    ],
    [
      "Magnet exports may well have been at their best of the year in November.",
      "best of the year",
      "2025-12-18",
    ],
  ])("hedges or foretells the figure, which is left unverifiable: %s", async (text, quote, published) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.verdict, c?.mode]).toEqual(["unverifiable", "forecast"]);
  });

  it("while the month May, after 'in', still dates a reported figure", async () => {
    const c = await claimAt(store, "Magnet exports in May fell to 1,238 t.", "1,238 t", "2025-06-18");
    expect([c?.verdict, c?.mode, c?.period]).toEqual(["supported", "reported", "2025-05"]);
  });
});

// magnets: January-November 2025 51,440 t; full-year 2025 57,392 t, US 5,933 t; US December 2025 564 t
describe("a figure the year owns", () => {
  it.each([
    [
      "The US took 564 t of magnets in December, out of the year's 5,933 t.",
      "5,933 t",
      "2026-01-20",
      "supported",
      "2025-01..2025-12",
    ],
    [
      "The US took 564 t of magnets in December, out of the year's 6,400 t.",
      "6,400 t",
      "2026-01-20",
      "contradicted",
      "2025-01..2025-12",
    ],
    [
      "Magnet exports hit 6,150 t in November, taking this year's 51,440 t past 50,000 t.",
      "51,440 t",
      "2025-12-18",
      "supported",
      "2025-01..2025-11",
    ],
    [
      "Magnet exports hit 6,150 t in November; the year's 51,440 t so far trails 2024.",
      "51,440 t",
      "2025-12-18",
      "supported",
      "2025-01..2025-11",
    ],
  ])("is the year's, so far when it is not over: %s", async (text, quote, published, verdict, period) => {
    const c = await claimAt(store, text, quote, published);
    expect([c?.verdict, c?.period]).toEqual([verdict, period]);
  });

  it("while the month's own figure keeps its month", async () => {
    const text = "The US took 564 t of magnets in December, out of the year's 5,933 t.";
    const c = await claimAt(store, text, "564 t", "2026-01-20");
    expect([c?.verdict, c?.period, c?.grounds.period]).toEqual(["supported", "2025-12", "clause"]);
  });
});

// magnets: October 2025 5,473 t, Germany 1,118 t (20.4%), US 656 t (12.0%)
describe("a share told as so many of every so many", () => {
  it.each([
    [
      "Germany took two of every ten tonnes of magnets China exported in October.",
      "two of every ten",
      "supported",
    ],
    [
      "The US took one of every eight tonnes of Chinese magnets in October.",
      "one of every eight",
      "supported",
    ],
    [
      "Two of every five tonnes of China's magnet exports went to Germany in October.",
      "Two of every five",
      "contradicted",
    ],
  ])("is a share of the month's whole: %s", async (text, quote, verdict) => {
    const c = await claimAt(store, text, quote, "2025-11-25");
    expect([c?.kind, c?.verdict, c?.period]).toEqual(["share", verdict, "2025-10"]);
  });
});

// magnets: Japan November 2025 305 t
describe("a bare number answering a question that asked for tonnes", () => {
  it.each([
    "How many tonnes of magnets went to Japan in November? 305.",
    "How many tonnes of magnets did China ship to Japan in November? About 305.",
    "Q: How many tonnes of magnets did Japan get from China in November?\nA: 305.",
  ])("takes the question's unit: %s", async (text) => {
    const c = (await verifyClaims(store, text, { published: "2025-12-18" })).claims[0];
    expect([c?.kind, c?.verdict, c?.partner, c?.period, c?.grounds.unit]).toEqual([
      "level",
      "supported",
      "JPN",
      "2025-11",
      "carried",
    ]);
  });

  it("and a wrong answer is left open, not contradicted", async () => {
    const text = "How many tonnes of magnets went to Japan in November? 420.";
    const c = (await verifyClaims(store, text, { published: "2025-12-18" })).claims[0];
    expect([c?.kind, c?.verdict]).toEqual(["level", "unverifiable"]);
  });

  it("while a count the question asks for is no tonnage", async () => {
    const text = "How many countries bought Chinese magnets in November? 40.";
    expect((await verifyClaims(store, text, { published: "2025-12-18" })).claims).toEqual([]);
  });
});

// magnets: October 2025 Germany 1,118 t, Japan 226 t, South Korea 569 t, Vietnam 444 t
describe("a bullet without figures that names a destination", () => {
  const partnerOf = async (text: string, quote: string) =>
    (await claimAt(store, text, quote, "2025-11-25"))?.partner;
  /** Destination, its grounding and the verdict of the claim at `quote`. */
  const readOf = async (text: string, quote: string) => {
    const c = await claimAt(store, text, quote, "2025-11-25");
    return [c?.partner, c?.grounds.partner, c?.verdict];
  };

  it("lends it to the bullets indented under it, not to the siblings after them", async () => {
    const text = [
      "Where China's magnets went in October:",
      "- Germany:",
      "  - 1,119 t, the most of any buyer",
      "- 569 t went to South Korea",
      "- 444 t, more than in September",
    ].join("\n");
    expect(await partnerOf(text, "1,119 t")).toBe("DEU");
    expect(await readOf(text, "444 t")).toEqual(["WLD", "default", "unverifiable"]);
  });

  it("lends it to no sibling when it is an item of a list another line leads", async () => {
    const text = [
      "Where China's magnets went in October:",
      "- Japan, a steady buyer",
      "- Deliveries of 444 t",
    ].join("\n");
    expect(await readOf(text, "444 t")).toEqual(["WLD", "default", "unverifiable"]);
  });

  it("still heads the list when it leads it with a colon", async () => {
    const text = ["Magnet buyers, October:", "- Germany:", "- 1,119 t", "- 20% of the total"].join("\n");
    expect(await partnerOf(text, "1,119 t")).toBe("DEU");
    expect(await partnerOf(text, "20% of the total")).toBe("DEU");
  });
});
