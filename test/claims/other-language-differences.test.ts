// A tonnage that is the size of a move, as Chinese, Korean, Japanese and German write it: the move
// before the amount in Chinese ("较上月增加569吨", "环比减少301吨"), after it in Korean, Japanese and
// German ("372t 줄었다", "79トン増えた", "372 Tonnen weniger als im August"). It is a change in tonnes,
// not the month's level, which it had been read as; a move to a level ("增加至6146吨") stays a level.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimAt = async (text: string, published: string, figure: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => c.text.includes(figure));

describe("a difference in tonnes in another language", () => {
  it.each([
    ["8月稀土永磁出口6146吨，较7月增加569吨。", "2025-09-21", "569", 569, "2025-08"],
    ["9月稀土永磁出口5774吨，环比减少372吨。", "2025-10-21", "372", -372, "2025-09"],
    ["9월 희토류 자석 수출은 5774t으로 전월보다 372t 줄었다.", "2025-10-21", "372", -372, "2025-09"],
    [
      "11月の日本向けレアアース磁石輸出は305トンで、前月から79トン増えた。",
      "2025-12-21",
      "79",
      79,
      "2025-11",
    ],
    [
      "En septembre, les exportations d'aimants ont atteint 5 774 tonnes, soit 372 tonnes de moins qu'en août.",
      "2025-10-21",
      "372",
      -372,
      "2025-09",
    ],
    [
      "A settembre le esportazioni di magneti sono state 5.774 tonnellate, 372 tonnellate in meno rispetto ad agosto.",
      "2025-10-21",
      "372",
      -372,
      "2025-09",
    ],
    [
      "Im September lagen die Magnetausfuhren bei 5.774 Tonnen, 372 Tonnen weniger als im August.",
      "2025-10-21",
      "372",
      -372,
      "2025-09",
    ],
  ])("reads the move as a change in tonnes: %s", async (text, published, figure, pct, period) => {
    const c = await claimAt(text, published, figure);
    expect(c).toMatchObject({ kind: "change", period, stated: { pct, unit: "t" } });
    expect(c?.verdict).toBe("supported");
  });

  it("leaves a base before a move of its own size as the base month's level", async () => {
    const c = await claimAt("9月稀土磁鐵出口5774噸，比8月的6146噸減少6.1%。", "2025-10-21", "6146");
    expect(c).toMatchObject({ kind: "level", period: "2025-08", stated: { value: 6146 } });
  });

  it("leaves a move to a level as the level", async () => {
    const c = await claimAt("8月稀土永磁出口增加至6146吨。", "2025-09-21", "6146");
    expect(c).toMatchObject({ kind: "level", period: "2025-08", stated: { value: 6146 } });
    expect(c?.verdict).toBe("supported");
  });
});
