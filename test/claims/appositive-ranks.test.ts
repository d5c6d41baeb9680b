// A rank set after a comma is said of the figure right before it: "... to 1,238 t in May, before
// recovering to 3,188 t in June, the highest in three months" ranks June's figure, not April's, which
// the clause named first; so is one in a relative clause set off by a dash ("... from 3,188 t in June
// — which was the highest in three months").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

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

describe("a rank in a relative clause set off by a dash", () => {
  it.each([
    [
      "Magnet shipments recovered to 3,188 t in June 2025, up from 1,238 t in May - which was the lowest in the data.",
      "lowest in the data",
      "supported",
    ],
    [
      "Magnet shipments climbed to 5,577 t in July 2025 from 3,188 t in June — which was the highest in three months.",
      "highest in three months",
      "supported",
    ],
    [
      "Magnet shipments climbed to 5,577 t in July 2025 from 3,188 t in June — which was the highest since January.",
      "highest since",
      "contradicted",
    ],
  ])("ranks the level that closes the clause before it: %s", async (text, rank, verdict) => {
    const got = await verdictsOf(store, text, "2026-01-20");
    expect(got).toContainEqual([rank, verdict]);
  });
});

describe("a rank set off after an opening clause", () => {
  it.each([
    [
      "Having sunk to 1,238 t in May, the lowest in the data, magnet exports climbed back to 6,146 t in August.",
      "lowest in the data",
    ],
    [
      "After a slide to 2,626 t in April — the lowest in three months — magnet shipments fell further in May.",
      "lowest in three months",
    ],
  ])("ranks the figure that ends the opening clause, not the main clause's: %s", async (text, rank) => {
    const got = await verdictsOf(store, text, "2026-01-20");
    expect(got).toContainEqual([rank, "supported"]);
  });

  it("does not rank a base that ends the clause before", async () => {
    // 3,188 t in June is a base here, and not the highest since January; July's 5,577 t is
    const got = await verdictsOf(
      store,
      "Magnet shipments climbed to 5,577 t in July 2025, up from 3,188 t in June — the highest since January.",
      "2026-01-20",
    );
    expect(got.filter(([w]) => w === "highest since")).toEqual([["highest since", "supported"]]);
  });
});
