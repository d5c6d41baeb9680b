// A sentence whose subject only points back ("they", "the figure", "the total") to a sentence that
// gave another country's, a company's or an unnamed buyer's own figures gives them too; one that
// names China again, or follows China's own figures, is read as before.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const modes = (t: string, published = "2025-11-20") =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.mode]);

describe("a subject that points back to someone else's figures", () => {
  it.each([
    "Seoul's trade data showed arrivals of Chinese NdFeB magnets dipped in September. In October they climbed 12% to 569 t.",
    "According to Destatis, German purchases of magnets from China were 1,250 t in September. The total eased to 1,118 t in October.",
    "Proterial's magnet sales abroad were 640 t in September. The figure slipped 4% in October.",
  ])("keeps their voice: %s", (text) => {
    const got = modes(text);
    expect(got.length).toBeGreaterThanOrEqual(2);
    for (const [, mode] of got) expect(mode).not.toBe("reported");
  });

  it.each([
    "Seoul's trade data showed arrivals of Chinese NdFeB magnets dipped in September. In October, Chinese customs said, they climbed to 569 t.",
    "China's magnet exports to Germany eased in October. They came to 1,118 t.",
  ])("leaves China's figures China's: %s", (text) => {
    const got = modes(text);
    expect(got.some(([w, mode]) => /t$/.test(w ?? "") && mode === "reported")).toBe(true);
  });
});
