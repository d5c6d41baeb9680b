// A rank set after a comma is said of the figure right before it: "... to 1,238 t in May, before
// recovering to 3,188 t in June, the highest in three months" ranks June's figure, not April's, which
// the clause named first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { verdictsOf } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("a rank in apposition to the last figure of a clause", () => {
  it.each([
    [
      "Magnet exports slid to 2,626 tonnes in April and to 1,238 tonnes in May, before recovering to 3,188 tonnes in June, the highest in three months.",
      "highest in three months",
    ],
    [
      "Magnet shipments dropped 50.7% in April to 2,626 t and another 52.9% in May to 1,238 t, the lowest in the data.",
      "lowest in the data",
    ],
  ])("ranks that figure: %s", async (text, rank) => {
    const got = await verdictsOf(store, text, "2026-01-20");
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
    expect(got).toContainEqual([rank, "supported"]);
  });

  it("keeps the clause's subject as another reading", async () => {
    // August's 6,146 t is the highest since January; September's 5,774 t is not
    const got = await verdictsOf(
      store,
      "Magnet exports were 6,146 t in August and 5,774 t in September, the highest since January.",
      "2026-01-20",
    );
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
    expect(got).toContainEqual(["highest since", "supported"]);
  });

  it("still ranks the subject of a clause with one month", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports rose to 3,188 t in June, the highest in six months.",
      "2026-01-20",
    );
    expect(got).toContainEqual(["highest in six months", "contradicted"]);
  });
});
