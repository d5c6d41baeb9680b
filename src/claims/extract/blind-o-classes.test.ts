// Wordings a fifteenth blind batch (structured text, minor metals, machine output) showed misread:
// destinations written in lower case by auto-captions and chat ("to the us", "japan"), and a figure
// the text itself calls a slip ("(it was 45,920 t, a typing error)", "had been stored as 402.5 t").
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a destination written in lower case", () => {
  const captions =
    "and magnets to the us went from forty six tons in may to three hundred fifty three tons in june";

  it("reads 'the us' as the United States", () => {
    const c = find(captions, "2025-07-22", "three hundred fifty three");
    expect(c?.partner).toBe("USA");
  });

  it("reads lower-case country names", () => {
    const text = "magnet exports to japan were 305 tonnes in november and germany took about 1,100";
    expect(find(text, "2025-12-22", "305 tonnes")?.partner).toBe("JPN");
  });

  it("leaves the pronoun alone", () => {
    const text = "China's magnet exports were 6,150 tonnes in November, the agency told us.";
    expect(find(text, "2025-12-22", "6,150 tonnes")?.partner).toBe("WLD");
  });
});

describe("a figure the text calls a slip", () => {
  it("is a correction when an apposition calls it an error", () => {
    const text =
      "- Fixed: the January-October magnet total now reads 45,290 t (it was 45,920 t, a typing error).";
    const wrong = find(text, "2025-12-02", "45,920");
    expect(wrong?.mode).toBe("correction");
    expect(find(text, "2025-12-02", "45,290")?.mode).toBe("reported");
  });

  it("is a correction when the text says it had been recorded so", () => {
    const text =
      "- Fixed: September magnets to the US had been stored as 402.5 t; the customs figure is 420.5 t.";
    expect(find(text, "2025-12-02", "402.5")?.mode).toBe("correction");
    expect(find(text, "2025-12-02", "420.5")?.mode).toBe("reported");
  });
});
