// Figures listed in the order of a list of products ("terbium and dysprosium exports fell to 4.045 t
// and 0.995 t"), or each after its own product ("oxide exports were 3,389 t and metal exports 423 t"),
// are each their own product's: the other product is another figure's, and can neither bear a figure
// out nor leave it open.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function levelsOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  return r.claims.filter((c) => c.kind === "level").map((c) => [c.series, c.verdict]);
}

describe("figures parallel to a list of products", () => {
  it("gives each figure the product in its place", async () => {
    // gallium 9.007 t and germanium 0.763 t in July 2025
    expect(
      await levelsOf(
        "Shipments of gallium and germanium came to 9,007 kg and 763 kg respectively in July.",
        "2025-08-25",
      ),
    ).toEqual([
      ["gallium", "supported"],
      ["germanium", "supported"],
    ]);
  });

  it("does not let the other product of the list bear a swapped figure out", async () => {
    // antimony oxide 3,389 t and metal 423 t in August 2024
    const got = await levelsOf(
      "Antimony oxide and antimony metal shipments were 423 t and 3,389 t in August.",
      "2024-09-25",
    );
    expect(got).toEqual([
      ["antimony-oxide", "contradicted"],
      ["antimony-metal", "contradicted"],
    ]);
  });

  it("does not let the product of another figure in the sentence bear a figure out", async () => {
    // gallium 9.007 t and germanium 0.763 t in July 2025: each clause names its own product
    const got = await levelsOf(
      "Gallium shipments were 0.763 t in July and germanium shipments 9.007 t.",
      "2025-08-25",
    );
    expect(got.map((g) => g[1])).not.toContain("supported");
    expect(
      await levelsOf("Gallium shipments were 9.007 t in July and germanium shipments 0.763 t.", "2025-08-25"),
    ).toEqual([
      ["gallium", "supported"],
      ["germanium", "supported"],
    ]);
  });
});
