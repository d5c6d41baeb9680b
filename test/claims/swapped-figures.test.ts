// Two figures of one sentence given to each other's month or destination ("5,473 t in November and
// 6,150 t in October" the wrong way round) are not supported by the swap: a month written right
// after another figure, or a destination that names a tonnage of its own, belongs to that figure.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("figures swapped between two months or two destinations", () => {
  it.each([
    ["Exports were 5,473 t in November and 6,150 t in October.", "2025-12-20", "6,150 t"],
    ["Exports in December fell to 6,150 t from 5,952 t in November.", "2026-01-20", "6,150 t"],
    ["September exports were 6,146 t, down from 5,774 t in August.", "2025-10-20", "6,146 t"],
    ["August exports to Germany were 1,116 t, up from 1,346 t in July.", "2025-09-20", "1,116 t"],
    ["U.S.-bound shipments fell to 246 t in May from 46 t in April.", "2025-06-20", "246 t"],
  ])("does not support a level by the month of the figure beside it: %s", async (text, published, words) => {
    const got = await verdictsOf(store, text, published);
    expect(got.find(([w]) => w === words)?.[1]).not.toBe("supported");
  });

  it("does not support a tonnage by a destination that names its own", async () => {
    const got = await verdictsOf(
      store,
      "Exports to South Korea were 509 tonnes in December, Vietnam 815 tonnes.",
      "2026-01-20",
    );
    expect(got).toContainEqual(["509 tonnes", "unverifiable"]);
    expect(got.filter(([, v]) => v === "supported")).toEqual([]);
  });

  it("still supports the right pairs, and a base of the one destination named", async () => {
    expect(
      await verdictsOf(
        store,
        "Exports to South Korea were 815 tonnes in December, Vietnam 509 tonnes.",
        "2026-01-20",
      ),
    ).toEqual([
      ["815 tonnes", "supported"],
      ["509 tonnes", "supported"],
    ]);
    const got = await verdictsOf(
      store,
      "Some detail: the U.S. took 590 tonnes of the August total, down from 619 tonnes in July.",
      "2025-09-20",
    );
    expect(got).toContainEqual(["619 tonnes", "supported"]);
    expect(
      await verdictsOf(store, "Exports were 6,150 t in November and 5,473 t in October.", "2025-12-20"),
    ).toEqual([
      ["6,150 t", "supported"],
      ["5,473 t", "supported"],
    ]);
  });
});
