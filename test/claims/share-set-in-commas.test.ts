// "The US took 582 t, or 9.5%, of November's 6,150 t": a destination's tonnage with its share set in
// commas before "of" and the whole. The whole is the month's total, not the destination's; the
// tonnage and the share are of the month that owns the whole. A tonnage taken "of November's" whole
// ("582 t of November's 6,150 t") had the same whole read as the destination's, a pattern that
// matched single-digit tonnages only.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const PUBLISHED = "2025-12-20";

describe("a tonnage and its share of a month's whole", () => {
  it("reads the whole as the month's total and the part and its share in that month", async () => {
    const text = "The US took 582 t, or 9.5%, of November's 6,150 t.";
    expect(await readingAt(store, text, "6,150 t", PUBLISHED)).toMatchObject({
      verdict: "supported",
      partner: "WLD",
      period: "2025-11",
    });
    expect(await readingAt(store, text, "582 t", PUBLISHED)).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-11",
    });
    expect(await readingAt(store, text, "9.5%", PUBLISHED)).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-11",
    });
  });

  it("takes 'of November's total of' as the month's whole too, and does not bear out a wrong share of it", async () => {
    const text = "Magnet shipments to Japan came to 305 t, or 5%, of November's total of 6,150 t.";
    expect(await readingAt(store, text, "5%", PUBLISHED)).toMatchObject({
      verdict: "supported",
      partner: "JPN",
      period: "2025-11",
    });
    const wrong = text.replace("or 5%", "or 8%");
    expect((await readingAt(store, wrong, "8%", PUBLISHED)).verdict).not.toBe("supported");
  });

  it("reads a month's whole after a tonnage of several digits as the total", async () => {
    const text = "The US took 582 t of November's 6,150 t.";
    expect(await readingAt(store, text, "6,150 t", PUBLISHED)).toMatchObject({
      verdict: "supported",
      partner: "WLD",
    });
  });
});
