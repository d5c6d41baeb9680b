// A destination's place said after its own figure, as a bracket or an aside ("KR 854t (#2)",
// "656 t, standing in second place", "235 t, the most of any destination") or as what the figure
// made it ("Germany's 1,118 t made it the top destination"), checked among the destinations held
// for the month: supported where it holds, contradicted where a held destination beat it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const ranks = async (text: string, published: string) =>
  (await verdictsOf(store, text, published)).filter(([w]) => !/\d\s?t\b|tonnes/.test(w ?? ""));

// October 2025 destinations held: Germany 1,118 t, the US 656 t, South Korea 569 t, India 416 t
describe("a destination's place after its figure", () => {
  it("reads a place in brackets after each figure of a list", async () => {
    expect(
      await ranks(
        "Chinese magnet exports, October: Germany 1,118 t (#1) | the US 656 t (#2) | South Korea 569 t (#3)",
        "2025-11-20",
      ),
    ).toEqual([
      ["#1", "supported"],
      ["#2", "supported"],
      ["#3", "supported"],
    ]);
  });

  it("contradicts a place in brackets that a held destination beats", async () => {
    expect(await ranks("Chinese magnet exports, October: South Korea 569 t (#2).", "2025-11-20")).toEqual([
      ["#2", "contradicted"],
    ]);
  });

  it("reads a place said as an aside after the figure", async () => {
    expect(
      await ranks(
        "China's magnet exports to the United States reached 656 t in October, standing in second place after Germany.",
        "2025-11-20",
      ),
    ).toEqual([["standing in second place", "supported"]]);
    expect(
      await ranks("Chinese magnets to South Korea in October: 569 t: 3rd largest destination.", "2025-11-20"),
    ).toEqual([["3rd largest destination", "supported"]]);
  });

  it("reads 'the most of any destination' as the top place", async () => {
    // May 2025: Vietnam's 235 t led the destinations held
    expect(
      await ranks(
        "Vietnam received 235 tonnes of Chinese magnets in May, the most of any destination.",
        "2025-06-20",
      ),
    ).toEqual([["the most of any destination", "supported"]]);
    expect(
      await ranks(
        "In October the US took 656 tonnes of Chinese magnets, the most of any destination.",
        "2025-11-20",
      ),
    ).toEqual([["the most of any destination", "contradicted"]]);
  });

  it("reads the place a figure 'made it'", async () => {
    expect(
      await ranks(
        "In October, Germany's 1,118 tonnes made it the top destination for Chinese magnets.",
        "2025-11-20",
      ),
    ).toEqual([["made it the top destination", "supported"]]);
    expect(
      await ranks(
        "In October, India's 416 tonnes made it the top destination for Chinese magnets.",
        "2025-11-20",
      ),
    ).toEqual([["made it the top destination", "contradicted"]]);
  });

  it("reads the place a verb makes a destination, and a place said without a verb", async () => {
    expect(
      await ranks(
        "Chinese magnets shipped to South Korea in October came to 569 tonnes, making Korea the third-largest destination.",
        "2025-11-20",
      ),
    ).toEqual([["the third-largest destination", "supported"]]);
    expect(
      await ranks(
        "Chinese magnets shipped to India in October came to 416 tonnes, making India the second-largest buyer.",
        "2025-11-20",
      ),
    ).toEqual([["the second-largest buyer", "contradicted"]]);
    expect(
      await ranks(
        "In October Germany still the No. 1 destination for Chinese magnets, at 1,118 t.",
        "2025-11-20",
      ),
    ).toEqual([["still the No. 1 destination", "supported"]]);
  });

  it("leaves the place unread when another destination stands between the owner and the words", async () => {
    expect(
      await ranks(
        "Germany took 1,118 t of Chinese magnets and Korea 569 t in October, the most of any destination.",
        "2025-11-20",
      ),
    ).toEqual([]);
  });
});

// September 2025 destinations held: Germany 1,288 t, South Korea 854 t, Vietnam 456 t, the US 420.5 t
describe("a destination's place said as a title kept, a number or a place held", () => {
  it.each([
    [
      "Magnet exports to Germany were 1,288 t in September, and Germany keeps the title of biggest buyer.",
      "keeps the title of biggest buyer",
      "supported",
    ],
    [
      "In September, Germany was still no. 1 among destinations for magnets, with 1,288 t.",
      "was still no. 1 among destinations",
      "supported",
    ],
    ["China's September magnet exports: Germany 1,288 t, South Korea No. 2 at 854 t.", "No. 2", "supported"],
    [
      "In September, South Korea held on to second place among magnet buyers with 854 t.",
      "held on to second place",
      "supported",
    ],
    [
      "In September, the US held on to second place among magnet buyers with 420.5 t.",
      "held on to second place",
      "contradicted",
    ],
    [
      "In September, the US was China's No. 3 magnet buyer with 420.5 t.",
      "was China's No. 3 magnet buyer",
      "contradicted",
    ],
  ])("%s", async (text, words, verdict) => {
    const got = (await ranks(text, "2025-10-20")).filter(([w]) => /title|no\.|place|No\./i.test(w ?? ""));
    expect(got).toEqual([[words, verdict]]);
  });
});

// October 2025 destinations held: Germany 1,118 t, the US 656 t, South Korea 569 t
describe("a place with the destinations named above it ('third place behind Germany and South Korea')", () => {
  it.each([
    [
      "In October, the US slipped to third place behind Germany and South Korea, with 656 t of magnets.",
      "slipped to third place",
      "contradicted",
    ],
    [
      "In October, South Korea slipped to third place behind Germany and the US, with 569 t of magnets.",
      "slipped to third place",
      "supported",
    ],
    [
      "In October, the US rose to second place behind Germany, with 656 t of magnets.",
      "rose to second place",
      "supported",
    ],
  ])("%s", async (text, words, verdict) => {
    const got = (await ranks(text, "2025-11-20")).filter(([w]) => /place/.test(w ?? ""));
    expect(got).toEqual([[words, verdict]]);
  });

  it("gives a destination named only as one above no reading of the figure", async () => {
    const text =
      "In October, the US slipped to third place behind Germany and South Korea, with 656 t of magnets.";
    const claims = (await verifyClaims(store, text, { published: "2025-11-20" })).claims;
    expect(claims.map((c) => [c.text, c.partner, c.verdict])).toEqual([
      // "slipped" moves the place, not the tonnage: no direction of its own
      ["slipped to third place", "USA", "contradicted"],
      ["656 t", "USA", "supported"],
    ]);
    // the figure is the US's alone: South Korea, named only as above it, is no other reading of it
    expect(claims.find((c) => c.text === "656 t")?.alternatives).toEqual([]);
  });
});
