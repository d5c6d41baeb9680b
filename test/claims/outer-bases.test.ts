// A base figure in a clause of its own ("..., with shipments up from 4,725 t") after the sentence
// has stated a year-on-year change is the year-earlier level; read as the month before's, a correct
// year-earlier tonnage was contradicted. The month before stays a reading that can rescue it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a base figure after the sentence's change", () => {
  it.each([
    [
      "Magnet shipments in October saw a year-on-year jump of 15.8%, with volumes up from 4,725 tonnes.",
      "4,725 tonnes",
    ],
    ["October magnet exports climbed 15.8% on the year, with shipments rising from 4,725 t.", "4,725 t"],
  ])("takes the base the change names: %s", async (text, claim) => {
    const got = await verdictsOf(store, text, "2025-11-22");
    expect(got).toContainEqual([claim, "supported"]);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("keeps the month before as a reading", async () => {
    const got = await verdictsOf(
      store,
      "October magnet exports were 15.8% higher than a year before, but the total was down from 5,774 t.",
      "2025-11-22",
    );
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("still contradicts a base that fits neither month", async () => {
    const got = await verdictsOf(
      store,
      "October magnet exports rose 15.8% from a year earlier, with shipments up from 4,952 tonnes.",
      "2025-11-22",
    );
    expect(got).toContainEqual(["4,952 tonnes", "contradicted"]);
  });
});
