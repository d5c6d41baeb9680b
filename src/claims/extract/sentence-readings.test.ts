// The readings a claim's sentence suggests besides the claim's own (sentence-readings.ts): the reader
// sets them on the claim, each naming only what differs from its reading and why.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const readingsOf = (text: string, words: string) =>
  extractClaims(text, { published: "2025-12-20" }).find((c) => c.text === words)?.sentenceReadings;

describe("readings a claim's sentence suggests", () => {
  it("reads Europe, taken for the European Union, as the continent too, a reading that can only rescue", () => {
    expect(readingsOf("Europe took 2,821 t of Chinese magnets in November.", "2,821 t")?.[0]).toEqual({
      partner: "EUR_region",
      why: "the figure is for Europe the continent, which the sentence names",
      rescueOnly: true,
    });
  });

  it("reads a headline's product as the one the story goes on to name", () => {
    const text =
      "Rare earth exports collapsed 74%\nMagnet exports to the US fell to 46 t in May, official figures showed, as the curbs bit.";
    expect(readingsOf(text, "collapsed 74%")).toEqual([
      {
        series: "rare-earth-magnets",
        why: "the headline's figure is for rare-earth-magnets, which the story names",
      },
    ]);
  });

  it("reads a figure after a change's start as possibly the start's month", () => {
    const readings = readingsOf(
      "Magnet exports went from 5,473 t in October to 6,150 t in November, a rise of 12%.",
      "6,150 t",
    );
    expect(readings?.[0]).toEqual({
      period: "2025-10",
      why: "the figure is for 2025-10, named next to it",
      rescueOnly: true,
    });
  });

  it("reads another destination the sentence names as the figure's, where no item gives it its own", () => {
    const readings = readingsOf(
      "Germany and the US together bought 1,700 t of magnets in October, with Germany taking 1,118 t.",
      "1,700 t",
    );
    expect(readings?.[0]).toEqual({ partner: "USA", why: "the figure is for USA, which the sentence names" });
  });
});
