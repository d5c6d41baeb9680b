// Wordings a twelfth blind batch (news and social text about magnets) showed read wrong: a correction
// of a news app's or a broadcast's own earlier alert; a quiz prompt put as a statement ("True or
// false: ..."); a figure told as someone else's that the next sentence calls wrong.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a correction of an earlier alert, flash or episode", () => {
  it.each([
    [
      "Correction: an earlier alert said Korea received 854 tonnes of Chinese magnets in October. That figure was September's.",
      "854 tonnes",
    ],
    [
      "Clarification: our earlier flash said China's magnet exports fell to 5,743 t in October. The figure was 5,473 t.",
      "5,743 t",
    ],
    [
      "Correction: an earlier episode said magnet shipments to the US reached 665 t in October; it was 656 t.",
      "665 t",
    ],
  ])("reads the earlier figure as corrected: %s", (text, words) => {
    expect(find(text, "2025-11-21", words)?.mode).toBe("correction");
  });

  it("still reads the figure the correction gives as reported", () => {
    const text =
      "Correction: an earlier alert said Korea received 854 tonnes of Chinese magnets in October. October was 569 tonnes.";
    expect(find(text, "2025-11-21", "569 tonnes")?.mode).toBe("reported");
  });
});

describe("a quiz prompt", () => {
  it.each([
    "True or false: China's magnet exports in November were the highest on record.",
    "4. True or false - magnet shipments to Japan reached 305 t in November.",
    "Fact or fiction: the US took 9.5% of China's November magnet exports.",
  ])("asks, and states nothing: %s", (text) => {
    const c = extractClaims(text, { published: "2025-12-27" });
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(x.mode).toBe("question");
  });

  it("leaves a sentence that only mentions truth alone", () => {
    const c = find("It is true that magnet exports reached 6,150 t in November.", "2025-12-27", "6,150 t");
    expect(c?.mode).toBe("reported");
  });
});

describe("another's figure that the next sentence calls wrong", () => {
  it.each([
    [
      "Some influencers claimed magnet exports to the US were 654 t in December. This is wrong.",
      "654 t",
      "some influencers",
    ],
    [
      "A distributor of ours says China's December magnet exports to Germany were 1,601 t. That's simply not true; customs shows 1,106 t.",
      "1,601 t",
      "a distributor of ours",
    ],
    [
      'The encyclopedia entry says China exported "over 60,000 tonnes" of magnets in 2025. That is not what customs reported.',
      "60,000 tonnes",
      "the encyclopedia entry",
    ],
  ])("reads it as another's that the text disputes, credited to whom it names: %s", (text, words, who) => {
    const c = find(text, "2026-01-22", words);
    // checked only to show what the data gives, never as the text's own (cautions.ts)
    expect([c?.mode, c?.cautions?.[0], c?.creditedTo]).toEqual(["reported", "disputed", who]);
  });

  it.each([
    ["A reader messaged me that magnet exports hit 7,105 t in December. No, that was a forecast.", "7,105 t"],
    [
      "My broker told us that shipments to Japan were 412 t in August. Nope, it's Japan's own import count.",
      "412 t",
    ],
  ])("reads it as denied: %s", (text, words) => {
    expect(find(text, "2026-01-22", words)?.mode).toBe("denied");
  });

  it("checks what someone told the writer when the next sentence does not deny it", () => {
    const text = "A trader told me that exports to Korea were 569 t in October. No surprise there.";
    expect(find(text, "2025-11-25", "569 t")?.mode).toBe("reported");
  });

  it.each([
    [
      "Several outlets put October magnet exports at 4,343.5 t. That number is the rare-earth total, not magnets.",
      "4,343.5 t",
    ],
    [
      "A delegate stated that magnet exports to the EU were 2,060.3 t in November; the chair noted that this was the October figure.",
      "2,060.3 t",
    ],
    [
      "Magnet exports to Korea were 18.4% of the September total, per one broker's note; we disagree.",
      "18.4%",
    ],
  ])("reads it as denied when it is set right or disputed later: %s", (text, words) => {
    expect(find(text, "2025-12-22", words)?.mode).toBe("denied");
  });

  it("keeps the writer's own figure checked beside a clause dating it", () => {
    const text = "Magnet exports to the EU were 2,060.3 t; that was the October figure, not November's.";
    expect(find(text, "2025-12-22", "2,060.3 t")?.mode).toBe("reported");
  });

  it("keeps the figure the denial gives as reported", () => {
    const text =
      "A distributor of ours says China's December magnet exports to Germany were 1,601 t. That is wrong; customs shows 1,106 t.";
    expect(find(text, "2026-01-22", "1,106 t")?.mode).toBe("reported");
  });

  it("keeps a fact-check's reviewed claim checked: a verdict label is no denial of the sentence", () => {
    const text =
      "Claim: a viral post says China's magnet exports hit 7,150 tonnes in November. Verdict: False.";
    expect(find(text, "2025-12-22", "7,150 tonnes")?.mode).toBe("reported");
  });

  it("keeps the writer's own statement checked when the next sentence denies something else", () => {
    const text = "Customs said magnet exports reached 6,150 t in November. That is not the record, though.";
    expect(find(text, "2025-12-22", "6,150 t")?.mode).toBe("reported");
  });
});

describe("a destination's place said the way news and social posts put it", () => {
  it.each([
    ["Germany stays top buyer of Chinese magnets at 1,118 tonnes in October.", "stays top buyer", "DEU", 1],
    [
      "Germany, at 1,118 tonnes, remains the largest customer for October's magnets.",
      "remains the largest customer",
      "DEU",
      1,
    ],
    ["In September, Germany (1,288 t) kept the top spot among magnet buyers.", "kept the top spot", "DEU", 1],
    ["In September, South Korea (854 t) was runner-up among magnet buyers.", "was runner-up", "KOR", 2],
    ["The US (420.5 t) dropped to fourth among September's magnet buyers.", "dropped to fourth", "USA", 4],
    ["Korea out-bought the US, and Germany (1,106 t) stayed on top in December.", "stayed on top", "DEU", 1],
    ["Germany, by contrast, was the top buyer of magnets in October.", "was the top buyer", "DEU", 1],
    ["Magnet exports to Germany were 1,116 tonnes in July, still first.", "still first", "DEU", 1],
    ["US magnet imports from China: 420.5 t in September, US now 4th.", "now 4th", "USA", 4],
  ])("ranks the destination: %s", (text, words, partner, n) => {
    const c = find(text, "2026-01-22", words);
    expect(c?.kind).toBe("rank");
    expect(c?.partner).toBe(partner);
    expect(c?.stated).toMatchObject({ type: "rank", n });
  });

  it("reads no rank in a first rise or a fourth month", () => {
    const text =
      "Magnet exports to the US were 656 t in October, the first rise since July, now for a fourth month.";
    expect(extractClaims(text, { published: "2025-11-22" }).filter((c) => c.kind === "rank")).toEqual([]);
  });
});

describe("lines of chat, script cues and broker shorthand", () => {
  it("ends a chat handle's unpunctuated line where the next handle speaks", () => {
    const text =
      "@voltnerd: so the Aug customs data landed. magnets 6,146 t, up 10.2% from July\n@anna_b: wasn't august a record tho? saw a headline";
    expect(find(text, "2025-09-21", "6,146 t")?.mode).toBe("reported");
    expect(find(text, "2025-09-21", "up 10.2%")?.mode).toBe("reported");
  });

  it("reads each line led by a bracketed cue as an item of its own", () => {
    const text =
      "[ON SCREEN] China's magnet exports in June: 3,188 tons\n[ON SCREEN] US got 353 tons (was 46 in May) = almost 8x\n[ON SCREEN] Germany: 764 tons, top buyer again\nCaption: magnets are flowing again?? follow for part 2";
    expect(find(text, "2025-07-21", "353 tons")?.mode).toBe("reported");
    expect(find(text, "2025-07-21", "764 tons")?.mode).toBe("reported");
  });

  it.each([
    ["9M total 39,817t, -7.5% y/y", "39,817t", "2025-01..2025-09"],
    ["Magnet exports, 9M 2025: 39,817 t", "39,817 t", "2025-01..2025-09"],
  ])("reads a broker's count of months as the year so far: %s", (text, words, period) => {
    expect(find(text, "2025-11-20", words)?.period).toBe(period);
  });

  it("reads no span in a sum of millions", () => {
    const c = find("The supplier signed a $9M total contract for magnets in October.", "2025-11-20", "$9M");
    expect(c?.period ?? null).not.toBe("2025-01..2025-09");
  });

  it("takes a heading's month through 'on' when the heading is about the numbers", () => {
    const text = "Quick read on the Nov magnet numbers:\n- total 6,150t, up 12.4% m/m";
    expect(find(text, "2025-12-22", "6,150t")?.period).toBe("2025-11");
  });

  it("reads 'Uncle Sam' as the United States", () => {
    expect(
      find("Uncle Sam got just 582 tonnes of magnets in November.", "2025-12-21", "582 tonnes")?.partner,
    ).toBe("USA");
  });

  it("reads rare earths said to leave the magnets out as rare earths", () => {
    expect(find("RE (non-magnet) Dec exports: 4,392t, -20% m/m", "2026-01-20", "4,392t")?.series).toBe(
      "rare-earths",
    );
  });
});

describe("a unit declared once for a list that follows", () => {
  it("takes 'tonnes' closing a lead sentence for the figures after it", () => {
    const text = "Data: China's rare-earth magnet exports, tonnes. Jul 2025: 5,577; Aug 2025: 6,146.";
    expect(find(text, "2026-02-10", "5,577")?.stated).toMatchObject({ type: "level", value: 5577 });
    expect(find(text, "2026-02-10", "6,146")?.period).toBe("2025-08");
  });

  it("takes a bracket opening on 'tonnes bought' for a table of buyers", () => {
    const text = "Standings (tonnes bought from China in September)\n1. Germany 1,288\n2. South Korea 854";
    expect(find(text, "2025-10-21", "1,288")?.partner).toBe("DEU");
    expect(find(text, "2025-10-21", "854")?.stated).toMatchObject({ type: "level", value: 854 });
  });
});

describe("the only month ahead of the story's month", () => {
  it("is set aside: the next post stays on the story's month", () => {
    const text =
      "1/3 Magnet exports: 6,150 t in November, the second-biggest month in the series.\n2/3 Only January (6,357 t) was bigger.\n3/3 US-bound: 582 t, down ~11% m/m.";
    expect(find(text, "2025-12-21", "582 t")?.period).toBe("2025-11");
    expect(find(text, "2025-12-21", "6,357 t")?.period).toBe("2025-01");
  });
});

describe("a prediction and a rank said of a possessive's exports", () => {
  it("reads a figure after 'our prediction' or 'spoiler' as a forecast", () => {
    const text = "13:00 Our prediction for August (spoiler: over 6,000 t of magnets)";
    expect(find(text, "2025-08-21", "6,000 t")?.mode).toBe("forecast");
  });

  it("keeps a prediction that came true a report", () => {
    const text = "Our prediction came true: magnet exports hit 6,146 t in August.";
    expect(find(text, "2025-09-21", "6,146 t")?.mode).toBe("reported");
  });

  it("reads 'the highest month for China's magnet exports since August' as a rank since August", () => {
    const c = find(
      "December was the highest month for China's magnet exports since August.",
      "2026-01-23",
      "highest",
    );
    expect(c?.kind).toBe("rank");
    expect(c?.stated).toMatchObject({ type: "rank", n: 1, direction: "high" });
  });
});
