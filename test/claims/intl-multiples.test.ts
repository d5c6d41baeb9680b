// Multiples and tenths as Chinese, Japanese, Korean and German outlets write them: "约2.6倍",
// "翻了一倍多", "减半", tenths in "成" and "割" ("增三成五" is +35%, "8割減" -80%, "逾一成" more than
// a tenth), "두 배", "mehr als verdoppelt", "das Achtfache". A figure the data does not bear out is
// unverifiable: a sentence not in English is never contradicted.
import { describe, expect, it } from "vitest";
import { claimAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("multiples and tenths in other languages", () => {
  it.each([
    // magnets to Japan: October 226 t, November 305 t (+35%)
    ["11月对日本出口稀土磁铁305吨，较上月大增三成五。", "2025-12-21", "增三成五", 35],
    // magnets: October 5,473 t, November 6,150 t (+12.4%)
    ["11月稀土磁铁出口6150吨，月增逾一成。", "2025-12-21", "增逾一成", 10],
    // magnets: May 1,238 t, June 3,188 t (x2.58)
    ["6月のレアアース磁石輸出は3188トンで、前月の約2.6倍となった。", "2025-07-21", "約2.6倍", 160],
    // magnets to India: June 172 t, July 418 t (x2.43)
    ["7月对印度出口稀土磁铁418吨，比6月翻了一倍多。", "2025-08-21", "翻了一倍多", 100],
    // dysprosium: September 18.043 t, October 3.501 t (-80.6%)
    ["10月のジスプロシウム輸出は前月比8割減の3.5トンだった。", "2025-11-21", "8割減", -80],
    // gallium: June 4,260 kg, July 9,007 kg (x2.11)
    [
      "Chinas Galliumausfuhren haben sich im Juli gegenüber dem Vormonat mehr als verdoppelt.",
      "2025-08-25",
      "mehr als verdoppelt",
      100,
    ],
  ])("reads and supports: %s", async (text, published, quote, pct) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "change", verdict: "supported" });
    expect(c?.stated).toMatchObject({ pct });
  });

  it.each([
    ["11月对日本出口稀土磁铁305吨，较上月大增六成五。", "2025-12-21", "增六成五"],
    ["6月のレアアース磁石輸出は3188トンで、前月の約4.6倍となった。", "2025-07-21", "約4.6倍"],
    ["10月のジスプロシウム輸出は前月比3割減の3.5トンだった。", "2025-11-21", "3割減"],
  ])("leaves a wrong one unverifiable: %s", async (text, published, quote) => {
    const c = await claimAt(store, text, quote, published);
    expect(c).toMatchObject({ kind: "change", verdict: "unverifiable" });
  });

  it("does not read '成本' (cost) after a verb as tenths", async () => {
    const c = await claimAt(store, "出口成本下降两成本月公布。", "降两成", "2025-12-21");
    expect(c).toBeUndefined();
  });
});
