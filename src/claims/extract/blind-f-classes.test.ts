// Wordings a sixth blind batch showed misread: a base figure counted in "mt" or "kt" before its month,
// a change whose base points back to an earlier figure ("40% above that"), "the same N months of a
// year" set against a span named before, and a correction told in two sentences.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.stated.type === "change")
    .map((c) => [c.period, c.stated.type === "change" ? c.stated.basis : null, c.grounds.basis]);

describe("a change after 'to X in <month> from Y in <month>' with the unit written as mt or kt", () => {
  it.each([
    ["Rare-earth exports climbed to 7,742.2 mt in June from 5,864.6 mt in May, a gain of 32% on the month."],
    ["Rare-earth exports climbed to 7.7 kt in June from 5.9 kt in May, a gain of 32% on the month."],
    ["Rare-earth exports climbed to 7,742.2 tonne in June from 5,864.6 tonne in May, up 32% month on month."],
  ])("keeps the month it rose to: %s", (text) => {
    expect(changes(text, "2025-07-25")).toEqual([["2025-06", "mom", "clause"]]);
  });
});

describe("a change whose base points back to an earlier figure", () => {
  it("takes the month of the figure pointed back to, in the clause or the sentence before", () => {
    expect(
      changes(
        "Germany received 764 tonnes of magnets in June; by October it was 46% above that.",
        "2025-11-25",
      ),
    ).toEqual([["2025-10", "2025-06", "sentence"]]);
    expect(
      changes(
        "Shipments of magnets to Japan were 131 tonnes in June, and November's total ran 133% higher than that level.",
        "2025-12-25",
      ),
    ).toEqual([["2025-11", "2025-06", "sentence"]]);
  });

  it("leaves the base unsure, not the month before, when the sentence dates no earlier figure", () => {
    const [c] = extractClaims(
      "Magnet exports to Japan hit 305 tonnes in November. December was 8% below that.",
      {
        published: "2026-01-25",
      },
    ).filter((x) => x.stated.type === "change" && x.period === "2025-12");
    expect(c?.grounds.basis).toBe("carried");
  });

  it("leaves a change that only names a month after it alone", () => {
    expect(
      changes("Magnet exports to India fell 12% that month, to 150 tonnes in May.", "2025-06-25")[0]?.[2],
    ).not.toBe("carried");
  });
});

describe("the same N months of a year", () => {
  it.each([
    [
      "Rare-earth exports over January and February reached 10,468 tonnes. In the same two months of 2025 they had been 8,511 tonnes.",
      "2025-01..2025-02",
    ],
    [
      "First-quarter exports came to 16,001 tonnes of magnets; in the corresponding three months of last year they were about 14,000 tonnes.",
      "2025-01..2025-03",
    ],
  ])("reads %s as a span from January, never certain", (text, span) => {
    const c = extractClaims(text, { published: "2026-04-20" }).find((x) => x.period === span);
    expect(c).toBeDefined();
    expect(c?.grounds.period).not.toBe("clause");
  });
});

describe("a correction told in two sentences", () => {
  it.each([
    [
      "A graphic on Oct. 21 said magnet exports to Vietnam were 546 tonnes in September. The figure was 456 tonnes.",
      "546 tonnes",
    ],
    [
      "The story of Tuesday gave December's magnet exports to Korea as 851 tonnes. The correct figure was 815 tonnes.",
      "851 tonnes",
    ],
    [
      "An item about rare earths on Monday reported that October exports rose 6.8%. They rose 8.6%.",
      "rose 6.8%",
    ],
  ])("does not check the misstated figure in %s", (text, misstated) => {
    const found = extractClaims(text, { published: "2026-01-28" });
    expect(found.find((c) => c.text === misstated)?.mode).toBe("correction");
    expect(found.filter((c) => c.mode === "reported").length).toBeGreaterThan(0);
  });

  it("still checks an earlier report the next sentence does not set right", () => {
    const found = extractClaims(
      "A Reuters report on Thursday said magnet exports to India were 416 tonnes in October. Shipments to Japan were 226 tonnes.",
      { published: "2025-11-25" },
    );
    expect(found.find((c) => c.text === "416 tonnes")?.mode).toBe("reported");
  });
});

describe("the EU named by its member states", () => {
  it.each([
    ["The 27 member states together took 2,568.8 tonnes of China's magnets in November.", "EU27"],
    ["Magnet exports to EU member states reached 2,140 tonnes in July.", "EU27"],
    ["In June the bloc's members received 1,364 tonnes of Chinese magnets.", "EU27"],
  ])("%s", (text, partner) => {
    expect(extractClaims(text, { published: "2025-12-20" }).find((c) => c.kind === "level")?.partner).toBe(
      partner,
    );
  });
});
