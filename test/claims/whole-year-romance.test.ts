// Italian "nell'intero 2025" (in the whole of 2025) and its kin ("in tutto il 2025", "en todo 2025",
// "sur l'ensemble de 2025") name the year: the year's total was read on the month before, and its
// change against 2024 as a change on the month (a wrong -3.1% was supported against December's -3.2%).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { cellAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

// magnets: December 2025 5,952 t (-3.2% on November); 2025 57,392 t (-1.3% on 2024's 58,152 t)
const text =
  "Le esportazioni cinesi di magneti alle terre rare sono scese a dicembre a 5.952 tonnellate. Nell'intero 2025 le spedizioni sono state pari a 57.392 tonnellate, il 3,1% in meno rispetto al 2024.";

describe("the whole year named in Italian", () => {
  it("reads the year's total on 2025", async () => {
    expect(await cellAt(store, text, "57.392 tonnellate", "2026-01-21")).toEqual([
      "level",
      "rare-earth-magnets",
      "WLD",
      "2025-01..2025-12",
      57392,
      "supported",
    ]);
  });

  it("reads the change on the year, never supporting it against the month's", async () => {
    const cell = await cellAt(store, text, "il 3,1% in meno", "2026-01-21");
    expect(cell?.slice(0, 5)).toEqual(["change", "rare-earth-magnets", "WLD", "2025-01..2025-12", -3.1]);
    expect(cell?.[5]).not.toBe("supported");
  });
});
