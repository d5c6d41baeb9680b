// "since hitting a record 6,357 t in January", "below a record 7,742 t set in June": a rank written
// right before a tonnage (no "of" between) ranks that tonnage's month, not the month the sentence is
// about. Read as the sentence's, a correct "record" was contradicted as November's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("a rank written right before a dated tonnage", () => {
  it.each([
    [
      "Shipments of magnets came to 6,150 t in November, the biggest volume since they hit a record 6,357 t in January.",
      "2025-12-20",
      "2025-01",
    ],
    [
      "Rare earth exports were 5,791.8 t in August, short of a record 7,742.2 t shipped in June.",
      "2025-09-08",
      "2025-06",
    ],
  ])("ranks the tonnage's month: %s", async (text, published, month) => {
    const r = await verifyClaims(store, text, { published });
    const rank = r.claims.find((c) => c.kind === "rank" && /record/.test(c.text));
    expect(rank?.period).toBe(month);
    expect(rank?.verdict).toBe("supported");
    expect(r.claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });
});
