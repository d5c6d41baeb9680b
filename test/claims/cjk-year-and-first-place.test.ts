// A month's place in its year and a destination's first place as Chinese, Japanese and Korean
// outlets write them (find-ranks-cjk.ts): "年内次高" and "今年第二高" (the year's second highest),
// "今年2番目の多さ", "올해 들어 두 번째로 많은"; "居冠", "最も多く", "가장 많았고" said of the
// destination named before them, but not where the words rank the destination's months ("今年最も多かった").
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const ranks = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.filter((c) => c.kind === "rank");

describe("a month's place in its year", () => {
  it("reads 次高 after a year word as the second highest", async () => {
    const [r] = await ranks("10月稀土永磁出口量为5473吨，为年内次低。", "2025-11-21");
    expect(r).toMatchObject({
      period: "2025-10",
      stated: { n: 2, direction: "low", scope: { type: "year", year: 2025 } },
    });
  });

  it("reads 今年 before an ordinal, in Chinese and in Japanese", async () => {
    const [zh] = await ranks("12月稀土永磁出口5952吨，今年第四高。", "2026-01-21");
    expect(zh).toMatchObject({
      period: "2025-12",
      stated: { n: 4, direction: "high" },
      verdict: "supported",
    });
    const [ja] = await ranks(
      "中国税関総署によると、12月のレアアース磁石の輸出量は5952トンで、今年4番目の多さだった。",
      "2026-01-21",
    );
    expect(ja).toMatchObject({
      period: "2025-12",
      stated: { n: 4, direction: "high" },
      verdict: "supported",
    });
  });

  it("reads the Korean count of places after 올해 들어", async () => {
    const [r] = await ranks(
      "중국의 12월 희토류 자석 수출량은 5천952t으로 올해 들어 네 번째로 많은 양이다.",
      "2026-01-21",
    );
    expect(r).toMatchObject({ period: "2025-12", stated: { n: 4, direction: "high" }, verdict: "supported" });
  });
});

describe("a destination's first place", () => {
  it("gives 居冠, 最も多く and 가장 많았고 to the destination named before them", async () => {
    for (const [text, published] of [
      ["10月稀土磁鐵出口中，德國占比20.4%居冠。", "2025-11-21"],
      ["10月の磁石の輸出先別では、ドイツ向けが1118トンで最も多く、米国向けが656トンで続いた。", "2025-11-21"],
      ["10월 희토류 자석 수출은 독일이 1천118t으로 가장 많았고, 미국이 656t이었다.", "2025-11-21"],
    ]) {
      const r = (await ranks(text as string, published as string)).find((c) => c.partner === "DEU");
      expect(r, text).toMatchObject({
        period: "2025-10",
        stated: { n: 1, scope: { type: "destinations" } },
        verdict: "supported",
      });
    }
  });

  it("reads no destination's place where the words rank a destination's months", async () => {
    const r = await ranks("11月の日本向け磁石輸出は305トンと、今年最も多かった。", "2025-12-21");
    expect(r.filter((c) => c.stated.type === "rank" && c.stated.scope.type === "destinations")).toEqual([]);
  });
});
