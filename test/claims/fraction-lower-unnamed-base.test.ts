// A fraction with "higher" or "lower" and no base after it ("came in about a quarter lower, at 3,326
// t"): a change whose base the text leaves unnamed, read as "25% lower" is, where it had been missed.
// Rare earths, December 2024: 3,326 t against 4,416 t in November (-24.7%) and 3,439 t a year before.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-01-25";

describe("a fraction higher or lower with no base named", () => {
  it.each([
    ["China's rare-earth exports in December came in about a quarter lower, at 3,326 tonnes.", "supported"],
    ["China's rare-earth exports were roughly a quarter lower in December, at 3,326 tonnes.", "supported"],
    ["China's rare-earth exports were about a third higher in December, at 3,326 tonnes.", "contradicted"],
  ])("is a change of the month: %s", async (text, verdict) => {
    const quote = /(?:about|roughly) a (?:quarter|third) (?:lower|higher)/.exec(text)?.[0] ?? "";
    const got = await claimAt(store, text, quote, published);
    expect(got?.kind).toBe("change");
    expect(got?.series).toBe("rare-earths");
    expect(got?.period).toBe("2024-12");
    expect(got?.verdict).toBe(verdict);
  });

  it("is not read where a noun follows ('a third higher share')", async () => {
    const text = "Japan took a third higher share of rare-earth exports in December.";
    const got = await claimAt(store, text, "a third higher", published);
    expect(got).toBeUndefined();
  });
});
