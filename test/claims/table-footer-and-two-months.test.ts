// A table whose product is named only in the source line under it, with two month columns that are
// not next to each other and a change column: the figures are of that product, and the change runs
// from the earlier month's column to the later one. Named only under the table, the product makes no
// reading certain enough to contradict.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const TABLE = [
  "Buyer | Oct 2025 (t) | Dec 2025 (t) | Change",
  "South Korea | 569 | 815 | +43.2%",
  "United States | 656 | 564 | -14.0%",
  "Vietnam | 444 | 509 | +41.0%",
  "Source: China customs; rare-earth permanent magnets only.",
].join("\n");

describe("a table with its product in the source line", () => {
  it("reads each figure as the product's", async () => {
    const r = await verifyClaims(store, TABLE, { published: "2026-01-22" });
    const levels = r.claims.filter((c) => c.kind === "level");
    expect(levels).toHaveLength(6);
    expect(new Set(levels.map((c) => c.series))).toEqual(new Set(["rare-earth-magnets"]));
    expect(levels.every((c) => c.verdict === "supported")).toBe(true);
  });

  it("checks the change column from the earlier month's column", async () => {
    const r = await verifyClaims(store, TABLE, { published: "2026-01-22" });
    const changes = r.claims.filter((c) => c.kind === "change");
    expect(changes.map((c) => [c.partner, c.period, c.verdict])).toEqual([
      ["KOR", "2025-12", "supported"],
      ["USA", "2025-12", "supported"],
      // 444 t to 509 t is +14.6%, not +41.0%; but the product is named only under the table, so
      // the wrong figure is not called contradicted, only shown against the data
      ["VNM", "2025-12", "unverifiable"],
    ]);
    expect(changes[2]?.explanation).toMatch(/data gives \+14\.6%/);
  });
});
