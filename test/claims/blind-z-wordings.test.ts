// Wordings a blind batch (z: trade newsletters, broker notes, memos, chat logs, quizzes) showed read
// wrong: the raw material set apart from the magnets in a note's line ("RE (raw)"), a month's total
// named with its month and product after a destination's figure, and shares said as a count of
// parts ("four tenths") or as one thing counted in so many ("one box in nine").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("'RE (raw)' in a desk note's line", () => {
  const note = "- CN RE magnets Aug: 6,146 t, +10.2% MoM\n- RE (raw) Aug: 5,791.8 t, -3.4% MoM, +22.6% YoY";

  it.each([
    ["5,791.8 t", "level", 5791.8],
    ["-3.4%", "change", -3.4],
    ["+22.6%", "change", 22.6],
  ])("reads %s as the rare earths' figure", async (words, kind, value) => {
    const got = await claimAt(store, note, words, "2025-09-24");
    expect(got).toMatchObject({ kind, series: "rare-earths", partner: "WLD", period: "2025-08" });
    expect(got?.verdict).toBe("supported");
    expect(got?.stated).toMatchObject(kind === "level" ? { value } : { pct: value });
  });

  it("leaves the magnet line as magnets", async () => {
    const got = await claimAt(store, note, "6,146 t", "2025-09-24");
    expect(got).toMatchObject({ series: "rare-earth-magnets", verdict: "supported" });
  });
});

describe("a month's total named with its month or product, after a destination's figure", () => {
  const lead = "Buyers in the US got 420.5 t in September, down almost 29% on August.";

  it.each([
    ["The September magnet total was the lowest in three months.", "lowest in three months", "contradicted"],
    ["The September total was the weakest since July.", "weakest since", "supported"],
  ])("ranks the world total, not the destination: %s", async (sentence, words, verdict) => {
    const got = await claimAt(store, `${lead} ${sentence}`, words, "2025-10-22");
    expect(got).toMatchObject({ kind: "rank", partner: "WLD", period: "2025-09", verdict });
  });

  it("still ranks the destination when the sentence points back without a total", async () => {
    const got = await claimAt(
      store,
      `${lead} That was the lowest in four months.`,
      "lowest in four months",
      "2025-10-22",
    );
    expect(got?.partner).toBe("USA");
  });
});

describe("shares said as a count of parts or as one thing counted in so many", () => {
  it.each([
    [
      "Of the 6,146 t shipped in August, Germany took 1,346 t, about two tenths of the total.",
      "about two tenths of the total",
      20,
      "DEU",
      "supported",
    ],
    [
      "In November the EU took 2,568.8 t, some four-tenths of the total.",
      "some four-tenths of the total",
      40,
      "EU27",
      "supported",
    ],
    [
      "Korea took 815 t of magnets in December, roughly three tenths of the total.",
      "roughly three tenths of the total",
      30,
      "KOR",
      "contradicted",
    ],
    [
      "In July the US took 619 t of magnets, about one crate in nine.",
      "about one crate in nine",
      100 / 9,
      "USA",
      "supported",
    ],
  ])("reads %s", async (text, words, pct, partner, verdict) => {
    const got = await claimAt(store, text, words, "2026-01-22");
    expect(got).toMatchObject({ kind: "share", partner, verdict });
    expect(got?.stated).toMatchObject({ pct: expect.closeTo(pct, 6) });
  });

  it("reads no share in a span of time counted the same way", async () => {
    const text = "Japan took 305 t in November, up 35 percent in one month.";
    const kinds = (await verifyClaims(store, text, { published: "2025-12-22" })).claims.map((c) => c.kind);
    expect(kinds).toEqual(["level", "change"]);
  });
});

describe("a destination's place with an adverb between its verb and its name, or with no verb", () => {
  const lead = "In October China exported 5,473 tonnes of magnets.";

  it.each([
    ["The largest buyer was again Germany, with 1,118 tonnes.", "DEU", "supported"],
    ["October's biggest magnet market was once more the US, at 656 tonnes.", "USA", "contradicted"],
  ])("reads the place of the destination named after it: %s", async (sentence, partner, verdict) => {
    const got = (await verifyClaims(store, `${lead} ${sentence}`, { published: "2025-11-25" })).claims.find(
      (c) => c.kind === "rank",
    );
    expect(got).toMatchObject({ partner, period: "2025-10", verdict });
  });

  it("gives a verbless 'Still the top buyer' the destination asked about, which may support", async () => {
    const text = `${lead}\n\nAnd Germany?\nStill the top buyer, at 1,118 tonnes.`;
    const got = await claimAt(store, text, "Still the top buyer", "2025-11-25");
    expect(got).toMatchObject({ kind: "rank", partner: "DEU", period: "2025-10", verdict: "supported" });
  });

  it("never contradicts through the destination asked about", async () => {
    const text = `${lead}\n\nAnd South Korea?\nStill the top buyer, at 569 tonnes.`;
    const got = await claimAt(store, text, "Still the top buyer", "2025-11-25");
    expect(got).toMatchObject({ partner: "KOR", verdict: "unverifiable" });
  });

  it("reads no unnamed place when the destination follows the fragment", async () => {
    const text = `${lead} Still the top buyer, Germany took 1,118 tonnes.`;
    const got = await claimAt(store, text, "Still the top buyer", "2025-11-25");
    expect(got).toBeUndefined();
  });
});

describe("a window's extreme in a desk note's shorthand", () => {
  it.each([
    ["- CN RE magnets Aug: 6,146 t, 7M high", "7M high", "2025-08", 7, "high", "supported"],
    ["- CN RE magnets Sep: 5,774 t, 3M low", "3M low", "2025-09", 3, "low", "contradicted"],
    ["- CN RE magnets Sep: 5,774 t, 2M low", "2M low", "2025-09", 2, "low", "supported"],
  ])("reads %s", async (text, words, period, months, direction, verdict) => {
    const got = await claimAt(store, text, words, "2025-10-24");
    expect(got).toMatchObject({ kind: "rank", partner: "WLD", period, verdict });
    expect(got?.stated).toMatchObject({ n: 1, direction, scope: { type: "months", months } });
  });

  it("reads no window in millions written with a small m", async () => {
    const text = "The maker booked US$7m high-margin magnet orders in August.";
    const kinds = (await verifyClaims(store, text, { published: "2025-09-24" })).claims.map((c) => c.kind);
    expect(kinds).not.toContain("rank");
  });
});

describe("a percentage of a month's total", () => {
  it("is a share when its clause names no month nor tonnage of its own ('that was 22% of the August total')", async () => {
    const text =
      "In August China shipped 6,146 t of magnets. Germany's figure, 1,346 t, held up; that was just under 22% of the August total.";
    const got = await claimAt(store, text, "just under 22% of the August total", "2025-09-24");
    expect(got).toMatchObject({ kind: "share", partner: "DEU", period: "2025-08", verdict: "supported" });
  });

  it("still compares with another month after a tonnage of the clause's own", async () => {
    const text = "China's magnet exports collapsed in May. They came to 1,238 t, 47% of the April total.";
    const got = (await verifyClaims(store, text, { published: "2025-06-22" })).claims.find(
      (c) => c.kind === "change" && c.text.startsWith("47%"),
    );
    expect(got).toMatchObject({ period: "2025-05", verdict: "supported" });
    expect(got?.stated).toMatchObject({ pct: -53 });
  });

  it.each([
    ["Germany's 1,346 t were just under 22% of August's total.", "just under 22% of August's total"],
    ["Germany's 1,346 t were just over 21% of the August total.", "just over 21% of the August total"],
  ])("takes the month of the whole when a bound hedges the percentage: %s", async (text, words) => {
    const got = await claimAt(store, text, words, "2025-12-03");
    expect(got).toMatchObject({ kind: "share", partner: "DEU", period: "2025-08", verdict: "supported" });
  });
});

describe("the plain verb of a multiple after its trade noun", () => {
  it.each([
    ["APRIL 2025 - magnet exports halve to 2,626 tonnes.", "halve", -50, "supported"],
    ["June 2025: magnet shipments double from May to 3,188 t.", "double", 100, "contradicted"],
  ])("reads %s", async (text, words, pct, verdict) => {
    const got = await claimAt(store, text, words, "2025-07-20");
    expect(got).toMatchObject({ kind: "change", partner: "WLD", verdict });
    expect(got?.stated).toMatchObject({ pct });
  });

  it("reads no multiple in 'double-digit'", async () => {
    const text = "Magnet exports posted double-digit growth in July, reaching 5,577 t.";
    const kinds = (await verifyClaims(store, text, { published: "2025-08-20" })).claims.map((c) => c.kind);
    expect(kinds).toEqual(["level"]);
  });
});

describe("an infographic's percentage alone on its line, the line under it naming the share", () => {
  const heading = "BY THE NUMBERS: China's magnet exports, November";

  it.each([
    ["9.5%\nthe US share of the month's total", "USA", "supported"],
    ["16%\nthe US share of the month's total", "USA", "unverifiable"],
  ])("reads the share of the destination the line names: %s", async (lines, partner, verdict) => {
    const got = await claimAt(store, `${heading}\n\n${lines}`, lines.split("\n")[0] as string, "2025-12-22");
    expect(got).toMatchObject({ kind: "share", partner, period: "2025-11", verdict });
  });

  it("leaves a percentage whose line goes on with a change unread as a share", async () => {
    const text = `${heading}\n\n12.4%\nthe rise from October`;
    const kinds = (await verifyClaims(store, text, { published: "2025-12-22" })).claims.map((c) => c.kind);
    expect(kinds).not.toContain("share");
  });
});

describe("a percentage restating a tonnage, in an answer about a destination", () => {
  it.each([
    ["the US", "USA", "supported"],
    ["South Korea", "KOR", "unverifiable"],
  ])(
    "is the share of the destination asked about (%s), never contradicted through it",
    async (name, partner, verdict) => {
      const text = `CALLER: Is it true ${name} only got about a tenth of China's magnets in December?\n\nHOST: Pretty much. 564 tonnes, so just under ten percent.`;
      const got = await claimAt(store, text, "just under ten percent", "2026-01-21");
      expect(got).toMatchObject({ kind: "share", partner, period: "2025-12", verdict });
    },
  );

  it("still reads no share after a total's tonnage outside such an answer", async () => {
    const text = "In December China shipped 5,952 tonnes of magnets, so about ten percent.";
    const kinds = (await verifyClaims(store, text, { published: "2026-01-21" })).claims.map((c) => c.kind);
    expect(kinds).not.toContain("share");
  });
});

describe("a statement put to judge, with the quiz's answer after it", () => {
  it.each([
    ["4. Magnet exports in May 2025 were 1,238 tonnes. True or false? True.", "supported"],
    ["4. Magnet exports in May 2025 were 1,832 tonnes. True or false? True.", "contradicted"],
    ["4. Magnet exports in May 2025 were 1,832 tonnes. True or false? False.", "unverifiable"],
    ["4. Magnet exports in May 2025 were 1,832 tonnes. True or false?", "unverifiable"],
    ["True or false: magnet exports in May 2025 were 1,238 tonnes.\nAnswer: true.", "supported"],
  ])("is asserted only when the answer says it holds: %s", async (text, verdict) => {
    const got = (await verifyClaims(store, text, { published: "2026-01-12" })).claims.find(
      (c) => c.kind === "level",
    );
    expect(got).toMatchObject({ partner: "WLD", period: "2025-05", verdict });
  });
});

describe("a bare number after its month and a pronoun, where tonnes were just written", () => {
  it("reads 'In June it was 353' as June's tonnage, which may support", async () => {
    const text = "The US took 619 tonnes of magnets in July. In June it was 353.";
    const got = await claimAt(store, text, "353", "2025-08-23");
    expect(got).toMatchObject({ kind: "level", partner: "USA", period: "2025-06", verdict: "supported" });
  });

  it("never contradicts through the unit it borrows", async () => {
    const text = "The US took 619 tonnes of magnets in July. In June it was 335.";
    const got = await claimAt(store, text, "335", "2025-08-23");
    expect(got?.verdict ?? "unverifiable").toBe("unverifiable");
  });
});

describe("a notes column that ranks its row's figure", () => {
  const table = [
    "China rare-earth magnet exports by destination",
    "month,destination,tonnes,notes",
    "2025-10,United States,656,highest since Jan",
    "2025-10,Japan,226,highest of 2025",
    "2025-11,World,6150,second-highest on record",
  ].join("\n");

  it.each([
    ["highest since", "USA", "2025-10", "supported"],
    ["highest of 2025", "JPN", "2025-10", "contradicted"],
    ["second-highest on record", "WLD", "2025-11", "supported"],
  ])("reads %s as the rank of its row's destination and month", async (words, partner, period, verdict) => {
    const got = await claimAt(store, table, words, "2025-12-22");
    expect(got).toMatchObject({ kind: "rank", series: "rare-earth-magnets", partner, period, verdict });
  });
});
