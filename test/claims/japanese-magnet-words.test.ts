// Japanese press names rare-earth magnets in katakana as often as with 磁石 ("希土類マグネット",
// "レアアースマグネット", "ネオジムマグネット", "永久磁石"), and sets a change against a month with 比
// after it ("6月比で", "6月比75%増") or "と比べて": the month is then the base, not the figure's own.
// Chinese "7月比6月" compares July with June: there July stays the figure's month.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, July 2025: world 5,577 t (June 3,188 t: +74.9%), US 619 t (June 353 t: +75.4%),
// Germany 1,116 t (June 764 t: +46.1%)
describe("Japanese magnet words and bases", () => {
  it("reads katakana magnet names as magnets", async () => {
    for (const name of ["希土類マグネット", "レアアースマグネット", "ネオジムマグネット", "永久磁石"]) {
      const text = `中国税関によると、7月の${name}輸出量は5,577トンだった。`;
      const got = await readingAt(store, text, "5,577トン", "2025-08-22");
      expect(got).toMatchObject({ series: "rare-earth-magnets", period: "2025-07", verdict: "supported" });
    }
  });

  it("takes a month followed by 比 as the base of the change", async () => {
    const text = "2025年7月の希土類マグネット輸出のうち、ドイツ向けは6月比で46%増えて1,116トンになった。";
    const got = await readingAt(store, text, "46%増え", "2025-08-22");
    expect(got).toMatchObject({ partner: "DEU", period: "2025-07", verdict: "supported" });
  });

  it("takes a month followed by と比べて as the base too", async () => {
    const text = "2025年7月、レアアースマグネットの輸出は6月と比べて75%増えた。";
    const got = await readingAt(store, text, "75%増え", "2025-08-22");
    expect(got).toMatchObject({ period: "2025-07", verdict: "supported" });
  });

  it("keeps the first month of Chinese 'A比B' as the figure's own", async () => {
    const text = "稀土永磁出口方面，7月比6月增长75%。";
    const got = await readingAt(store, text, "增长75%", "2025-08-22");
    expect(got).toMatchObject({ period: "2025-07", verdict: "supported" });
  });
});
