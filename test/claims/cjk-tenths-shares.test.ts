// Shares said in tenths: Chinese 成 ("佔總量逾四成", more than four-tenths of the total) and Japanese 割
// ("全体の2割弱を占め", just under two-tenths of the whole; "全体に占める割合は1割弱"), and traditional
// Chinese 佔 with 約 ("佔出口總量約9.5%"), which the simplified 占 alone did not read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("shares in tenths", () => {
  // magnets November 2025: 6,150 t, the EU 2,568.8 t (41.8%), the US 582 t (9.5%)
  const hk =
    "11月稀土磁體出口6,150噸。輸往美國的為582噸，佔出口總量約9.5%。歐盟合共2,568.8噸，佔總量逾四成。";

  it("reads 佔…約9.5% and 佔…逾四成 as shares", async () => {
    expect(await cellAt(store, hk, "佔出口總量約9.5%", "2025-12-21")).toEqual([
      "share",
      "rare-earth-magnets",
      "USA",
      "2025-11",
      9.5,
      "supported",
    ]);
    expect(await cellAt(store, hk, "逾四成", "2025-12-21")).toEqual([
      "share",
      "rare-earth-magnets",
      "EU27",
      "2025-11",
      40,
      "supported",
    ]);
  });

  // magnets December 2025: 5,952 t, Germany 1,106 t (18.6%), the US 564 t (9.5%)
  const ja =
    "12月のレアアース磁石の輸出量は5952トンだった。ドイツ向けが1106トンと全体の2割弱を占めて最大だった。米国向けは564トンで、全体に占める割合は1割弱、別の月には全体の3割強だった。";

  it("reads Japanese 割 with 弱 after it as just under so many tenths", async () => {
    expect(await cellAt(store, ja, "2割弱", "2026-01-21")).toEqual([
      "share",
      "rare-earth-magnets",
      "DEU",
      "2025-12",
      20,
      "supported",
    ]);
    expect(await cellAt(store, ja, "1割弱", "2026-01-21")).toEqual([
      "share",
      "rare-earth-magnets",
      "USA",
      "2025-12",
      10,
      "supported",
    ]);
  });

  it("leaves 割 that is a change alone", async () => {
    const text = "日本向けは305トンで、前月から3割超増えた。";
    const cell = await cellAt(store, text, "3割超増", "2025-12-20");
    expect(cell?.[0]).toBe("change");
  });
});
