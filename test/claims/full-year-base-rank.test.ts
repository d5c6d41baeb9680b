// A rank on the base of a change between two full years ("fell slightly in 2025, after a record
// 58,152 tonnes in 2024") is read without month arithmetic: the year before a full year is the
// other year, and checking such a text must not stop on the span.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const verdicts = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [c.kind, c.period, c.verdict]);

// magnets 58,152 t in 2024 (a record by a source's word), 57,392 t in 2025; rare earths 55,431 t in
// 2024 (a record by a source's word), 62,585 t in 2025
describe("a record on the base of a full year's change", () => {
  it("is read for the base year, after a level of the year before", async () => {
    const got = await verdicts(
      "China's exports of rare-earth magnets fell slightly in 2025, after a record 58,152 tonnes in 2024.",
      "2026-03-01",
    );
    expect(got).toContainEqual(["rank", "2024-01..2024-12", "supported"]);
    expect(got).toContainEqual(["level", "2024-01..2024-12", "supported"]);
  });

  it("is read for the base year when the change comes first", async () => {
    const got = await verdicts(
      "Rare-earth exports rose to 62,585 tonnes in 2025, up from a record 55,431 tonnes in 2024.",
      "2026-03-01",
    );
    expect(got).toContainEqual(["rank", "2024-01..2024-12", "supported"]);
    expect(got.filter(([, , v]) => v === "contradicted")).toEqual([]);
  });
});
