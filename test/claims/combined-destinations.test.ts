// A figure said of several destinations together ("the US and Japan together took 882 t", "a
// combined 37%", "took 2,142 t between them") is checked as their sum: supported when the sum bears
// it out; otherwise left open, never called wrong, and never judged on one destination's figure.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function read(text: string, quote: string) {
  const c = await claimAt(store, text, quote, "2026-01-20");
  return c ? { verdict: c.verdict, partner: c.partner, explanation: c.explanation ?? "" } : null;
}

describe("destinations named together", () => {
  // October 2025: US 656 t, Japan 226 t, Korea 569 t, world 5,473 t; September: Germany 1,288 t,
  // Korea 854 t, world 5,774 t
  it.each([
    [
      "In October 2025 the US and Japan together took 882 tonnes of Chinese rare-earth magnets.",
      "882 tonnes",
      "USA+JPN",
    ],
    [
      "Combined, Germany and South Korea received 2,142 tonnes of Chinese rare-earth magnets in September 2025.",
      "2,142 tonnes",
      "DEU+KOR",
    ],
    [
      "Japan and South Korea together took 15% of China's rare-earth magnet exports in October 2025.",
      "15% of China's rare-earth magnet exports",
      "JPN+KOR",
    ],
    [
      "Germany and South Korea accounted for a combined 37% of China's rare-earth magnet exports in September 2025.",
      "37% of China's rare-earth magnet exports",
      "DEU+KOR",
    ],
  ])("supports a sum the data bears out: %s", async (text, quote, partner) => {
    expect(await read(text, quote)).toMatchObject({ verdict: "supported", partner });
  });

  it.each([
    [
      "In October 2025 the US and Japan together took 1,882 tonnes of Chinese rare-earth magnets.",
      "1,882 tonnes",
      /data gives 882 t/,
    ],
    [
      "Japan and South Korea together took 25% of China's rare-earth magnet exports in October 2025.",
      "25% of China's rare-earth magnet exports",
      /data gives 14\.5%/,
    ],
  ])("leaves a sum the data does not bear out open, judged on the sum: %s", async (text, quote, sum) => {
    const r = await read(text, quote);
    expect(r?.verdict).toBe("unverifiable");
    expect(r?.explanation).toMatch(/combined total/);
    expect(r?.explanation).toMatch(sum);
  });
});
