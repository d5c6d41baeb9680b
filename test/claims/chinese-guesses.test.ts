// A Chinese writer's guess ("个人猜测 ... 会回到5000吨以上", "估计 ... 4500吨左右", "将升至") is a forecast,
// never checked as China's customs figure: "会回到5000吨以上" had been supported against October's 5,493.9 t.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verify = async (text: string) => (await verifyClaims(store, text, { published: "2025-11-08" })).claims;

describe("a guess in Chinese", () => {
  it.each([
    "我个人猜测，11月稀土出口会回到5000吨以上。",
    "有交易员估计，11月稀土出口在5500吨左右。",
    "市场人士认为11月稀土出口将升至5000吨以上。",
  ])("is a forecast: %s", async (text) => {
    const [c] = await verify(text);
    expect(c).toMatchObject({ kind: "level", series: "rare-earths", mode: "forecast" });
    expect(c?.verdict).toBe("unverifiable");
  });

  it("leaves a reported level checked", async () => {
    const [c] = await verify("10月稀土出口4343.5吨，环比增长8.6%。");
    expect(c).toMatchObject({ kind: "level", period: "2025-10", mode: "reported" });
    expect(c?.verdict).toBe("supported");
  });
});
