// "1月の6357トン以来の高い水準" (the highest level since January's 6,357 t) writes the adjective in full
// where "以来の高水準" joins it; only the joined form was read as a rank since the month.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January 2025 6,357 t; March-October all below November's 6,150 t; May 1,238 t
describe("a high or low level since a month, the adjective in full", () => {
  const lead = "11月の中国のレアアース磁石の輸出は6150トンで、";

  it("supports the highest level since January", async () => {
    const text = `${lead}1月の6357トン以来の高い水準だった。`;
    expect(await readingAt(store, text, "1月の6357トン以来の高い水準", "2025-12-22")).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
      period: "2025-11",
    });
  });

  it("does not support the lowest level since January", async () => {
    const text = `${lead}1月の6357トン以来の低い水準だった。`;
    const got = await readingAt(store, text, "1月の6357トン以来の低い水準", "2025-12-22");
    expect(got.period).toBe("2025-11");
    expect(got.verdict).not.toBe("supported");
  });
});
