// Wordings a sixth blind batch showed misread: a base figure counted in "mt" or "kt" before its month,
// a change whose base points back to an earlier figure ("40% above that"), "the same N months of a
// year" set against a span named before, a correction told in two sentences; and statements kept out
// of the check for the wrong reason: a sum the reader is walked through ("if you add up ..."), a
// customs figure in a sentence that opens on a company, and a year a total "ended" at.
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

const read = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.text, c.mode, c.period]);

describe("a sum walked through is a report, not a supposition", () => {
  it.each([
    "If you count every EU member, China shipped 2,568.8 tonnes of magnets to the bloc in November.",
    "If we add together the EU's buyers, they took 2,140 tonnes of China's magnets in July.",
    "Korea got 815 tonnes in December; if you lump in Japan, the two took 1,095 tonnes of China's magnets.",
  ])("%s", (text) => {
    const modes = read(text, "2026-01-25").map((r) => r[1]);
    expect(modes.length).toBeGreaterThan(0);
    expect(modes).not.toContain("hypothetical");
  });

  it("still reads a real supposition as one", () => {
    expect(
      read(
        "If you halved December's magnet exports, you would get under 3,000 tonnes.",
        "2026-01-25",
      )[0]?.[1],
    ).toBe("hypothetical");
  });
});

describe("a customs figure after a company opens the sentence", () => {
  it("is China's figure once the sentence says data showed China's exports", () => {
    const r = read(
      "Lynas shares rose 6% after data showed China's magnet exports hit 6,150 tonnes in November.",
      "2025-12-22",
    );
    expect(r.find((x) => x[0] === "6,150 tonnes")?.[1]).toBe("reported");
  });

  it("is still the company's when the company reports it", () => {
    const r = read("Proterial said its own magnet exports rose to 1,900 tonnes in November.", "2025-12-22");
    expect(r.find((x) => x[0] === "1,900 tonnes")?.[1]).toBe("company");
  });
});

describe("a year a total ended at", () => {
  it.each([
    ["Rare-earth exports finished 2025 at 62,585 tonnes.", "2025-01..2025-12"],
    ["China's magnet shipments closed out 2025 at 57,392 tonnes.", "2025-01..2025-12"],
    ["Gallium exports ended 2024 at 60.88 tonnes.", "2024-01..2024-12"],
  ])("%s", (text, span) => {
    expect(read(text, "2026-02-15")[0]?.[2]).toBe(span);
  });
});
