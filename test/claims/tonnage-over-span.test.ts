// A tonnage "over" a span of months ("fell to 243 tonnes over January-November 2025") is the span's
// total: "over" there means "during", as in "over the first eleven months". Read as a base ("12%
// over October"), the span's first month became a comparison, the sentence's other periods were
// taken for bases too, and the tonnage before it lost its year.
import { describe, expect, it } from "vitest";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const PUBLISHED = "2026-01-25";

describe("a tonnage over a span of months", () => {
  it("is the span's total, and the figure it fell from keeps its year", async () => {
    const text = "Chinese APT exports fell from 782 tonnes in 2024 to 243 tonnes over January-November 2025.";
    expect(await readingAt(store, text, "782 tonnes", PUBLISHED)).toMatchObject({
      verdict: "supported",
      period: "2024-01..2024-12",
    });
    expect(await readingAt(store, text, "243 tonnes", PUBLISHED)).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-11",
    });
  });

  it("contradicts wrong figures on either side", async () => {
    const text = "Chinese APT exports fell from 728 tonnes in 2024 to 234 tonnes over January-November 2025.";
    expect((await readingAt(store, text, "728 tonnes", PUBLISHED)).verdict).toBe("contradicted");
    expect((await readingAt(store, text, "234 tonnes", PUBLISHED)).verdict).toBe("contradicted");
  });

  it("is no change on the span's first month", async () => {
    const text = "China's magnet shipments came to 51,440 tonnes over January to November 2025.";
    const got = await verdictsOf(store, text, PUBLISHED);
    expect(got).toEqual([["51,440 tonnes", "supported"]]);
  });

  it("leaves a tonnage over one month a difference from it", async () => {
    const text = "Magnet exports in November were 677 t over October.";
    expect((await readingAt(store, text, "677 t over October", PUBLISHED)).verdict).toBe("supported");
  });
});
