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
    ["Some influencers claimed magnet exports to the US were 654 t in December. This is wrong.", "654 t"],
    [
      "A distributor of ours says China's December magnet exports to Germany were 1,601 t. That's simply not true; customs shows 1,106 t.",
      "1,601 t",
    ],
    [
      'The encyclopedia entry says China exported "over 60,000 tonnes" of magnets in 2025. That is not what customs reported.',
      "60,000 tonnes",
    ],
  ])("reads it as denied: %s", (text, words) => {
    expect(find(text, "2026-01-22", words)?.mode).toBe("denied");
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
