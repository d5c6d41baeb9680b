// "Exports to the United States were 305 tons, while Japan received 582 tons": each clause names its
// own destination before its own figure, so the other clause's destination is no reading of the
// figure, and a pair given the wrong way round is contradicted. Checked on the reference data
// (November 2025: the US 582 t, Japan 305 t; shares 9.5% and 5.0%).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const at = (text: string, quote: string) => readingAt(store, text, quote, "2025-12-21");
const reading = (verdict: string, partner: string) => ({
  verdict,
  series: "rare-earth-magnets",
  partner,
  period: "2025-11",
});

describe("each clause's figure is its own destination's", () => {
  it.each([
    [
      "In November, China's magnet exports to the United States were 305 tons, while Japan received 582 tons.",
      "contradicted",
      ["305 tons", "USA"],
      ["582 tons", "JPN"],
    ],
    [
      "In November, China's magnet exports to the United States were 582 tons, while Japan received 305 tons.",
      "supported",
      ["582 tons", "USA"],
      ["305 tons", "JPN"],
    ],
    [
      "In November the US share of China's magnet exports was 5.0%, while Japan's share was 9.5%.",
      "contradicted",
      ["share of China's magnet exports was 5.0%", "USA"],
      ["share was 9.5%", "JPN"],
    ],
  ])("%s", async (text, verdict, [q1, p1], [q2, p2]) => {
    expect(await at(text, q1 as string)).toEqual(reading(verdict, p1 as string));
    expect(await at(text, q2 as string)).toEqual(reading(verdict, p2 as string));
  });

  it("still reads figures given after both names as either's, but leaves a pair that fits only swapped open", async () => {
    const text = "In November China's magnet exports to Japan and the US were 582 tons and 305 tons.";
    expect(await at(text, "582 tons")).toEqual(reading("unverifiable", "USA"));
    expect(await at(text, "305 tons")).toEqual(reading("unverifiable", "JPN"));
    // in the order of the names: borne out
    const one = "In November China's magnet exports to Japan and the US were 305 tons and 582 tons.";
    expect(await at(one, "305 tons")).toEqual(reading("supported", "JPN"));
  });

  it("leaves a swapped pair open when the month is carried from the sentence before", async () => {
    const text =
      "China's magnet exports in November totaled 6,150 tons. By country, exports to the United States were 305 tons, while Japan received 582 tons.";
    expect(await at(text, "305 tons")).toEqual(reading("unverifiable", "USA"));
    expect(await at(text, "582 tons")).toEqual(reading("unverifiable", "JPN"));
  });
});
