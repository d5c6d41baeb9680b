// How newspapers and wires print a story: a "Read more:" link to another story's headline set between
// paragraphs, whose product is that story's, not what the next paragraph goes on about.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a link to another story between paragraphs", () => {
  it.each([
    "Read more: Beijing's Rare-Earth Curbs Bite Harder",
    "Related: Why rare earths matter to carmakers",
    "See also — Rare earth prices climb in Shanghai",
  ])("does not hand its product to the paragraph after it: %s", (link) => {
    const text = `China shipped 5,774 tons of rare-earth magnets in September.\n\n${link}\n\nShipments to the US fell 28.7% from August to 420.5 tons.`;
    expect(find(text, "2025-10-20", "28.7%")).toMatchObject({
      kind: "change",
      series: "rare-earth-magnets",
      partner: "USA",
      period: "2025-09",
    });
    expect(find(text, "2025-10-20", "420.5")).toMatchObject({ kind: "level", series: "rare-earth-magnets" });
  });
});

describe("a share in one clause and another destination's tonnage in the next", () => {
  it("keeps the other clause's destination from being a reading of the share", () => {
    const text =
      "Japan's share of China's magnet exports dropped to 3 percent in November, while Korea, at 700 tonnes, came second.";
    const share = find(text, "2025-12-20", "3 percent");
    expect(share).toMatchObject({ kind: "share", partner: "JPN", period: "2025-11" });
    expect(share?.otherClausePartners).toEqual(["KOR"]);
  });

  it("leaves a sentence with a sum of destinations alone", () => {
    const text =
      "Japan's share of China's magnet exports was 5 percent in November, while Korea and Vietnam together took 1,200 tonnes.";
    expect(find(text, "2025-12-20", "5 percent")?.otherClausePartners).toBeUndefined();
  });
});
