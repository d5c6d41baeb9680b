// A semicolon inside a list item's bracket parts two facts of that item, not two clauses: "the US
// (590 t; 9.6%)" gives the US both a tonnage and a share, and "(590 t; down 56% on the month)" a change.
import { describe, expect, it } from "vitest";
import { segment } from "../../src/claims/extract/segment.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("semicolons inside a list item's bracket", () => {
  it("keeps a bracket that opens with a figure in one clause", () => {
    const text = "Top markets in August: Germany (1,346 t; 21.9%); the United States (590 t; 9.6%).";
    const clauses = segment(text).map((c) => c.text.trim());
    expect(clauses).toContain("Top markets in August: Germany (1,346 t; 21.9%)");
    expect(clauses).toContain("the United States (590 t; 9.6%).");
  });

  it.each([
    [
      "Chinese magnets shipped in August 2025 went above all to Germany (1,346 t; 21.9%) and the United States (590 t; 9.6%).",
      ["21.9%", "9.6%"],
    ],
    [
      "August 2025 magnet exports from China: Germany (1,346 t; 21.9% of the total), United States (590 t; 9.6% of the total).",
      ["21.9% of the total", "9.6% of the total"],
    ],
  ])("reads each item's share after its tonnage: %s", async (text, shares) => {
    const got = await verdictsOf(store, text, "2025-09-25");
    for (const s of shares) expect(got).toContainEqual([s, "supported"]);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("gives a wrong share in the bracket to its own item", async () => {
    const got = await verdictsOf(
      store,
      "August 2025 magnet exports from China: Germany (1,346 t; 9.6% of the total), United States (590 t; 21.9% of the total).",
      "2025-09-25",
    );
    expect(got).toContainEqual(["9.6% of the total", "contradicted"]);
    expect(got).toContainEqual(["21.9% of the total", "contradicted"]);
  });

  it("supports no swapped bare percentage as the neighbour's share", async () => {
    const got = await verdictsOf(
      store,
      "Chinese magnets shipped in August 2025 went above all to Germany (1,346 t; 9.6%) and the United States (590 t; 21.9%).",
      "2025-09-25",
    );
    expect(got.filter(([w]) => w.endsWith("%"))).toHaveLength(2);
    expect(got.filter(([w, v]) => w.endsWith("%") && v === "supported")).toEqual([]);
  });
});
