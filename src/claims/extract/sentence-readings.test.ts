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

  it("reads a month written after another figure as that figure's, not as a reading of this one", () => {
    const periodsOf = (text: string, words: string) => (readingsOf(text, words) ?? []).map((r) => r.period);
    // the month before ends "5,473 t in October", the month after ends "from 5,952 t in November"
    expect(
      periodsOf(
        "Magnet exports went from 5,473 t in October to 6,150 t in November, a rise of 12%.",
        "6,150 t",
      ),
    ).not.toContain("2025-10");
    expect(
      periodsOf("Exports in December fell to 6,150 t from 5,952 t in November.", "6,150 t"),
    ).not.toContain("2025-11");
    // a figure told again in other words is no other figure: June stays next to "a single kilogram"
    expect(
      periodsOf(
        "Korea received 2,701 kg of dysprosium in October, against a single kilogram, 1 kg, in June.",
        "a single kilogram",
      ),
    ).toContain("2025-06");
  });

  it("reads a destination given a tonnage of its own only as a doubt about another figure", () => {
    const readings = readingsOf(
      "Exports to South Korea were 509 tonnes in December, Vietnam 815 tonnes.",
      "509 tonnes",
    );
    expect(readings).toContainEqual({
      partner: "VNM",
      why: "the figure is for VNM, which the sentence names",
      onlyAmbiguous: true,
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
