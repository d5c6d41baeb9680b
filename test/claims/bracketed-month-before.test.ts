// Korean names the month before with its figure in brackets, in the same clause as the change:
// "전월(5천473t)보다 12.4% 늘어난" (12.4% up on the month before's 5,473 t). The bracketed figure was
// read as the claim's own month. Chinese "比上年同月的3326吨" (than the same month last year's
// 3,326 t) likewise dates its figure a year back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("a base month with its figure in the same clause", () => {
  it("reads Korean 전월(…) as the month before's level", async () => {
    // magnets: October 2025 5,473 t, November 6,150 t
    const text = "중국의 11월 희토류 자석 수출량이 전월(5천473t)보다 12.4% 늘어난 6천150t으로 집계됐다.";
    expect(await cellAt(store, text, "5천473t", "2025-12-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-10",
      5473,
      "supported",
    ]);
    expect(await cellAt(store, text, "6천150t", "2025-12-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-11",
      6150,
      "supported",
    ]);
  });

  it("reads Chinese 上年同月的… as the same month a year before", async () => {
    // rare earths: December 2024 3,326 t, December 2025 4,392 t
    const text = "2025年12月，我国出口稀土4392吨，比上年同月的3326吨增加1066吨。";
    expect(await cellAt(store, text, "3326吨", "2026-01-14")).toEqual([
      "level",
      "rare-earths",
      "WLD",
      "2024-12",
      3326,
      "supported",
    ]);
  });
});
