// A destination's figure set against another month's whole: "Germany took 1,118 t in October, about
// a fifth of September's volume" (1,118 t is 19% of the 5,774 t China shipped in September). The
// month's volume, "the 5,774 t shipped in September" or "what China shipped in September" may be the
// whole of that month, not Germany's own 1,288 t, so the fraction is also read of the whole, and the
// whole's tonnage as the total's; read only as Germany's, right texts were called contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2025-12-20";
const LEAD = "Germany took 1,118 tonnes of Chinese magnets in October,";

describe("a destination's fraction of another month's whole", () => {
  it.each([
    "about a fifth of September's volume.",
    "about a fifth of the 5,774 tonnes shipped in September.",
    "about a fifth of what China shipped in September.",
  ])("is borne out by that month's total: %s", async (rest) => {
    const got = await claimAt(store, `${LEAD} ${rest}`, "about a fifth of", published);
    expect(got?.kind).toBe("change");
    expect(got?.partner).toBe("DEU");
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(/DEU 1,118 t in October 2025 against WLD 5,774 t in September 2025/);
  });

  it("is still wrong where neither the destination's month nor the total fits", async () => {
    const got = await claimAt(store, `${LEAD} about half of September's volume.`, "about half of", published);
    expect(got?.verdict).toBe("contradicted");
  });

  it("reads the whole's tonnage as the month's total where the destination's does not fit", async () => {
    const text = `${LEAD} about a fifth of the 5,774 tonnes shipped in September.`;
    expect(await readingAt(store, text, "5,774 tonnes", published)).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-09",
    });
  });

  it("still contradicts a whole that is neither the destination's nor the total's", async () => {
    const text = `${LEAD} about a fifth of the 6,774 tonnes shipped in September.`;
    expect((await claimAt(store, text, "6,774 tonnes", published))?.verdict).toBe("contradicted");
  });

  it("leaves a percentage of another month's volume, after the part's own month, unsure as a share", async () => {
    const quote = "about 19% of September's volume";
    const got = await claimAt(store, `${LEAD} ${quote}.`, quote, published);
    expect(got?.kind).toBe("share");
    expect(got?.verdict).toBe("unverifiable");
  });

  it.each([
    [`${LEAD} about half of September's 1,288 tonnes.`, "about half of", "2025-12-20", "contradicted"],
    [
      "Exports to the US in May were 46 t, less than a tenth of the 584 t it sent in March.",
      "less than a tenth of",
      "2025-07-20",
      "supported",
    ],
  ])("keeps a ratio to the destination's own figure: %s", async (text, quote, date, verdict) => {
    const got = await claimAt(store, text, quote, date);
    expect(got?.explanation ?? "").not.toMatch(/against WLD/);
    expect(got?.verdict).toBe(verdict);
  });
});
