// A change that states its base figure, when that figure is the month before's in the data and the
// change does not hold from it ("rose 55% to 305 tonnes in November, from 226 tonnes": 305 t is 35%
// above 226 t), is wrong whatever month the base is: the year-earlier base the words leave unnamed,
// which the data does not hold, can no longer make it right, so it is contradicted, where it had been
// left unverifiable. A change that holds of its stated base, or a base that is not the data's, stays as it was.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-12-20";

describe("a change whose stated base is the data's month before", () => {
  it.each([
    ["Magnet exports to Japan rose 55% to 305 tonnes in November, from 226 tonnes.", "rose 55%"],
    ["Magnet shipments to Vietnam slipped 12.6% to 444 t in October from 456 t.", "slipped 12.6%"],
  ])("is wrong whatever month the base is: %s", async (text, quote) => {
    const got = await claimAt(store, text, quote, published);
    expect(got?.verdict).toBe("contradicted");
    expect(got?.explanation).not.toMatch(/cannot check/);
  });

  it("is still borne out where it holds", async () => {
    const text = "Magnet exports to Japan rose 35% to 305 tonnes in November, from 226 tonnes.";
    expect((await claimAt(store, text, "rose 35%", published))?.verdict).toBe("supported");
  });

  it("leaves the base open when the change states no base figure", async () => {
    const text = "Magnet exports to Japan rose 55% to 305 tonnes in November.";
    expect((await claimAt(store, text, "rose 55%", published))?.verdict).toBe("unverifiable");
  });

  it("leaves the base open when the stated base is not the month before's", async () => {
    const text = "Magnet exports to Japan rose 55% to 305 tonnes in November, from 197 tonnes.";
    expect((await claimAt(store, text, "rose 55%", published))?.verdict).toBe("unverifiable");
  });
});
