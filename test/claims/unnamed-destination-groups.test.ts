// A bound said of destinations counted but not named ("Three destinations took over 700 t each in
// July", "only one buyer took more than 1,000 t", "several markets received more than 500 t") is
// said of some destinations, never of the total: read as the world's level, a false one was
// supported because July's 5,577 t is more than 700 t. Each destination named with its own figure
// keeps it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-08-22";

describe("a figure said of destinations counted but not named", () => {
  it.each([
    ["Three destinations took over 700 t each in July.", "over 700 t"],
    ["Four countries each bought more than 400 tonnes of magnets in July.", "more than 400 tonnes"],
    ["Only one destination took more than 1,000 t in July.", "more than 1,000 t"],
    ["In July, several buyers received more than 500 tonnes of magnets.", "more than 500 tonnes"],
  ])("is not the total's: %s", async (text, quote) => {
    const got = await claimAt(store, text, quote, published);
    expect(got?.partner).not.toBe("WLD");
    expect(got?.verdict).toBe("unverifiable");
  });

  it("leaves the figures named with each destination to it", async () => {
    const text =
      "Three destinations took over 400 t each in July: Germany (1,116 t), the US (619 t) and India (418 t).";
    const got = await claimAt(store, text, "418 t", published);
    expect([got?.partner, got?.verdict]).toEqual(["IND", "supported"]);
  });

  it("still reads the world total after a count of every destination it went to", async () => {
    const text = "China shipped 5,577 tonnes of magnets to 45 countries in July.";
    const got = await claimAt(store, text, "5,577 tonnes", published);
    expect([got?.partner, got?.verdict]).toEqual(["WLD", "supported"]);
  });
});
