// A Japanese note labels the month before's figure in brackets after the month's: "2,123kg（前月
// 4,045kg）", "（前月：995kg）". Only "前月の" was read as the month before, so the bracketed figure was
// taken for the note's own month and left open against it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// terbium: November 2025 4.045 t, December 2.123 t; dysprosium: November 0.995 t, December 4.12 t
const note =
  "重希土類輸出メモ（2025年12月分）\n・テルビウム：2,123kg（前月 4,045kg）\n・ジスプロシウム：4,120kg（前月：995kg）";

describe("the month before labelled in brackets", () => {
  it.each([
    ["4,045kg", "terbium"],
    ["995kg", "dysprosium"],
  ])("dates %s to the month before", async (quote, series) => {
    expect(await readingAt(store, note, quote, "2026-01-21")).toMatchObject({
      verdict: "supported",
      series,
      period: "2025-11",
    });
  });

  it("keeps the month's own figure on the month", async () => {
    expect(await readingAt(store, note, "2,123kg", "2026-01-21")).toMatchObject({
      verdict: "supported",
      period: "2025-12",
    });
  });
});
