// A rank within a year is judged on the months its writer could see: a product's month is out with
// customs' detailed tables, about the 18th of the month after, not with the rare-earth total on the 7th.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const TEXT = "China's magnet exports in August, at 6,146 t, were the second-highest of the year.";

describe("a rank of a product's month in the year", () => {
  it("leaves out a later month whose tables were not out yet", async () => {
    // November's 6,150 t came out about 20 December: a text of 10 December could not count it
    const r = await verifyClaims(store, TEXT, { published: "2025-12-10" });
    const rank = r.claims.find((c) => c.kind === "rank");
    expect([rank?.series, rank?.partner, rank?.period]).toEqual(["rare-earth-magnets", "WLD", "2025-08"]);
    expect(rank?.verdict).toBe("supported");
  });

  it("weighs that month once it was out", async () => {
    const r = await verifyClaims(store, TEXT, { published: "2025-12-22" });
    const rank = r.claims.find((c) => c.kind === "rank");
    expect(rank?.verdict).toBe("unverifiable");
    expect(rank?.explanation).toMatch(/November 2025/);
  });
});
