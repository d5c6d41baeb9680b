// Words that point back or aside, read as reporters mean them: "the former" of two destinations just
// named, "over the same period" after a change with its base, a month that dates a policy step
// rather than the move beside it, a passive "were eased" that moves no flow, and a buyer's own
// purchases or orders, which are its count, not China's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe('"the former" of two destinations the sentence just named', () => {
  it("takes the first of the two, after a clause on the latter", async () => {
    const text =
      "Magnet shipments to South Korea and Japan came to 569 t and 226 t in October, the latter up sharply while the former was 33% below September.";
    const got = await claimAt(store, text, "33% below", "2025-11-21");
    expect(got).toMatchObject({ kind: "change", partner: "KOR", period: "2025-10", verdict: "supported" });
    expect(got?.grounds.partner).toBe("sentence");
  });

  it.each([
    ["about 10%", "supported"],
    ["7%", "contradicted"],
  ])("reads the former's share of %s as the first one's", async (share, verdict) => {
    const text = `Korea and Japan bought 569 t and 226 t of magnets in October; the former's share was ${share}.`;
    const got = await claimAt(store, text, `share was ${share}`, "2025-11-21");
    expect(got).toMatchObject({ kind: "share", partner: "KOR", verdict });
  });

  it("leaves the choice unsure among three names", async () => {
    const text =
      "Germany, Korea and Japan took 1,288 t, 854 t and 228 t of magnets in September, the former 5% more than in August.";
    const got = await claimAt(store, text, "5% more", "2025-10-21");
    expect(got?.verdict).not.toBe("contradicted");
  });
});

describe('"over the same period" after a change with its base', () => {
  it("is not a base a year before: the base the sentence used runs on, unsure", async () => {
    const text =
      "Overall magnet exports rose 6.5% in November from October, while those to the US slipped 11% over the same period.";
    const got = await claimAt(store, text, "slipped 11%", "2025-12-20");
    expect(got).toMatchObject({ partner: "USA", period: "2025-11", verdict: "supported" });
    expect(got?.stated).toMatchObject({ basis: "mom" });
  });

  it("takes a year-on-year base from the sentence before, never contradicting", async () => {
    const text =
      "Magnet exports in October were 15.8% higher than a year earlier. Germany's share grew 4% over the same period.";
    const got = await claimAt(store, text, "grew 4%", "2025-11-21");
    expect(got?.stated).toMatchObject({ basis: "yoy" });
    expect(got?.grounds.basis).toBe("carried");
  });

  it("keeps a year named after it as the base", async () => {
    const got = await claimAt(
      store,
      "Magnet exports in October gained 15.8% over the same period last year.",
      "gained 15.8%",
      "2025-11-21",
    );
    expect(got).toMatchObject({ verdict: "supported", stated: { basis: "yoy" } });
  });
});

describe("a move, the policy step it followed, and the level it ended at", () => {
  it("dates the move by its level's month, not by the month the rules took effect", async () => {
    const text = "Magnet shipments sank after the licensing rules took effect in April, to 1,238 t in May.";
    const got = await claimAt(store, text, "sank", "2025-06-20");
    expect(got).toMatchObject({ kind: "direction", period: "2025-05", verdict: "supported" });
  });

  it("reads a passive verb as a policy move, not a flow's", async () => {
    const r = await verifyClaims(
      store,
      "Magnet exports recovered after the curbs were eased in June, reaching 5,577 t in July.",
      {
        published: "2025-08-20",
      },
    );
    expect(r.claims.map((c) => c.text)).not.toContain("eased");
    expect(r.claims.find((c) => c.text === "recovered")).toMatchObject({
      period: "2025-07",
      verdict: "supported",
    });
  });

  it("leaves a month past a second move to that move", async () => {
    const text = "Magnet exports jumped before the controls took effect in April and then fell in May.";
    const r = await verifyClaims(store, text, { published: "2025-06-20" });
    expect(r.claims.find((c) => c.text === "jumped")?.period).not.toBe("2025-05");
    expect(r.claims.find((c) => c.text === "fell")).toMatchObject({
      period: "2025-05",
      verdict: "supported",
    });
  });
});

describe("a buyer's own purchases or orders", () => {
  it.each([
    "Korea saw its purchases of Chinese magnets climb 40% in October.",
    "Japanese automakers trimmed their orders of Chinese magnets by 30% in November.",
  ])("are not China's exports: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ mode: "other-reporter", verdict: "unverifiable" });
  });

  it("still reads China's shipments to the buyer as China's exports", async () => {
    const got = await claimAt(
      store,
      "China's magnet shipments to Japan rose 35% in November from October.",
      "rose 35%",
      "2025-12-20",
    );
    expect(got).toMatchObject({ mode: "reported", partner: "JPN", verdict: "supported" });
  });
});

describe("a figure said of one destination set beside another", () => {
  it.each([
    ["15%", "supported"],
    ["10%", "supported"],
    ["30%", "unverifiable"],
  ])("'South Korea, along with Japan, took %s' is never Japan's alone", async (share, verdict) => {
    const text = `South Korea, along with Japan, received ${share} of the magnets China shipped in October.`;
    const r = await verifyClaims(store, text, { published: "2025-11-21" });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]?.verdict).toBe(verdict);
  });
});

describe('"last" before a month in the same year as the story', () => {
  it("takes the latest such month as the base, the year before's only as a reading", async () => {
    const [wrong, either, yearEarlier] = await Promise.all(
      ["60%", "12%", "30%"].map((pct) =>
        claimAt(store, `November magnet exports grew ${pct} from last October.`, `grew ${pct}`, "2025-12-19"),
      ),
    );
    expect(wrong?.verdict).toBe("contradicted");
    expect(either).toMatchObject({ verdict: "supported", stated: { basis: "mom" } });
    expect(yearEarlier?.verdict).toBe("supported");
  });

  it("reads a level of 'last October' on the latest October first", async () => {
    const got = await claimAt(
      store,
      "Shipments of magnets last October came to 5,473 t.",
      "5,473 t",
      "2025-12-19",
    );
    expect(got).toMatchObject({ period: "2025-10", verdict: "supported" });
  });
});

describe("a correction that gives the right figure first: 'misstated X: A, not B'", () => {
  const note =
    "Correction: A story on Monday misstated China's September magnet exports: 5,774 t, not 5,477 t.";

  it("checks the right figure and leaves the slip unchecked", async () => {
    const r = await verifyClaims(store, note, { published: "2025-10-22" });
    expect(r.claims.find((c) => c.text === "5,774 t")).toMatchObject({
      mode: "reported",
      verdict: "supported",
    });
    expect(r.claims.find((c) => c.text === "5,477 t")).toMatchObject({
      mode: "correction",
      verdict: "unverifiable",
    });
  });

  it("leaves both unchecked when the slip comes first ('misstated X as B, not A')", async () => {
    const r = await verifyClaims(store, note.replace(": 5,774 t, not 5,477 t", " as 5,477 t, not 5,774 t"), {
      published: "2025-10-22",
    });
    expect(r.claims.find((c) => c.text === "5,477 t")?.mode).toBe("correction");
  });
});

describe('"mags", the desk\'s shorthand for magnets', () => {
  it("names the product of a change", async () => {
    const got = await claimAt(store, "Desk note: Sept mags fell 6% m/m.", "fell 6%", "2025-10-22");
    expect(got).toMatchObject({ series: "rare-earth-magnets", period: "2025-09", verdict: "supported" });
    expect(got?.grounds.series).toBe("clause");
  });
});

describe("a rank said of the figure just told, through 'which made it' or 'making it'", () => {
  it.each([
    ["which made it the second-highest month of 2025", "supported"],
    ["making it the highest month of 2025", "contradicted"],
  ])("ranks the total the clause names: %s", async (words, verdict) => {
    const text = `Magnet exports in November came to 6,150 tonnes, ${words}.`;
    const got = (await verifyClaims(store, text, { published: "2026-01-25" })).claims.find(
      (c) => c.kind === "rank",
    );
    expect(got).toMatchObject({ partner: "WLD", period: "2025-11", verdict });
    expect(got?.grounds.partner).toBe("clause");
  });
});

describe("a bare 'Top again' answering a question on a destination", () => {
  it.each([
    ["[Host] And Germany?\n[Guest] Top again, 1,116 tonnes.", "DEU", "supported"],
    ["Host: And the US?\nGuest: Top again, at 619 tonnes.", "USA", "unverifiable"],
  ])("ranks the destination asked about: %s", async (text, partner, verdict) => {
    const got = await claimAt(store, `What did China ship in July?\n${text}`, "Top again", "2025-08-25");
    expect(got).toMatchObject({ kind: "rank", partner, period: "2025-07", verdict });
  });
});

describe("a shortfall is a difference, against a month or another destination", () => {
  it.each([
    ["a shortfall of some 300 t against September", "WLD", "supported"],
    ["a shortfall of 460 t compared with Germany", "USA", "supported"],
    ["a shortfall of 200 t compared with Germany", "USA", "contradicted"],
  ])("%s", async (words, partner, verdict) => {
    const subject = partner === "WLD" ? "Magnet exports" : "Magnet shipments to the US";
    const level = partner === "WLD" ? "5,473 t" : "656 t";
    const text = `${subject} were ${level} in October, ${words}.`;
    const got = (await verifyClaims(store, text, { published: "2025-11-21" })).claims.find(
      (c) => c.kind === "change",
    );
    expect(got).toMatchObject({ partner, period: "2025-10", verdict, stated: { unit: "t" } });
  });
  it.each([
    ["fell short of September's level by about 300 t", "supported"],
    ["came in short of the year-earlier level by 500 t", "contradicted"],
  ])("reads 'short of X by N t' as N t below X: %s", async (words, verdict) => {
    const got = (
      await verifyClaims(store, `October magnet exports ${words}.`, { published: "2025-11-21" })
    ).claims.find((c) => c.kind === "change");
    expect(got).toMatchObject({
      partner: "WLD",
      period: "2025-10",
      verdict,
      stated: { unit: "t", direction: "down" },
    });
  });
});

describe("an answer that is only a fraction, after a question on a share", () => {
  it.each([
    ["Roughly a fifth.", 20, "supported"],
    ["About a tenth.", 10, "unverifiable"],
  ])("takes the question's destination and month: %s", async (answer, pct, verdict) => {
    const text = `Q: What share of China's October magnet exports went to Germany?\nA: ${answer}`;
    const r = await verifyClaims(store, text, { published: "2025-11-21" });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({
      kind: "share",
      partner: "DEU",
      period: "2025-10",
      verdict,
      stated: { pct },
    });
  });
});

describe("a figure a correction retracts, told again after it", () => {
  it("stands when the text goes on to affirm it, the error having been another word", async () => {
    const text =
      "Last week we wrote that the 5,774 tonnes China shipped in September was a record. That was wrong. " +
      "The September figure of 5,774 tonnes was below August's.";
    const r = await verifyClaims(store, text, { published: "2025-10-25" });
    const last = r.claims.filter((c) => c.text.includes("5,774")).pop();
    expect(last).toMatchObject({ mode: "reported", period: "2025-09", verdict: "supported" });
  });

  it("is still the retracted figure where it stood before the correction", async () => {
    const text =
      "China shipped 5,747 tonnes of magnets in September.\n\nCorrection: an earlier version of this story said 5,747 tonnes. The figure was 5,774 tonnes.";
    const r = await verifyClaims(store, text, { published: "2025-10-25" });
    expect(r.claims.filter((c) => c.text.includes("5,747")).map((c) => c.mode)).toEqual([
      "correction",
      "correction",
    ]);
  });
});
