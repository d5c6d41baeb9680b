// "Last year China exported 58,152 t of rare earth magnets" in January 2026: words that open the
// sentence and count a year back date its figure already (2025); the year before that is no
// reading of it as a comparison base, which had borne out 2024's total said of 2025.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const check = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [c.text, c.period, c.verdict]);

describe("a year-back opening and the base readings of its figure", () => {
  it("does not bear out the year before's total", async () => {
    const got = await check("Last year China exported 58,152 t of rare earth magnets.", "2026-01-20");
    expect(got).toHaveLength(1);
    expect(got[0]?.[2]).not.toBe("supported");
  });

  it("bears out the year's own total", async () => {
    expect(await check("Last year China exported 57,392 t of rare earth magnets.", "2026-01-20")).toEqual([
      ["57,392 t", "2025-01..2025-12", "supported"],
    ]);
  });

  it("keeps the base reading of a figure set against the claim's with 'last year's' inside the sentence", async () => {
    expect(
      await check("Magnet exports were 5,473 t in October, against last year's 4,725 t.", "2025-12-20"),
    ).toEqual([
      ["5,473 t", "2025-10", "supported"],
      ["4,725 t", "2024-10", "supported"],
    ]);
  });
});
