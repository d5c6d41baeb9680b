// "Fell to zero", "were nil": a month with nothing shipped is a level like any other, borne out by a
// zero in the data and refuted by a month that shipped tonnes.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levels = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === "level")
    .map((c) => [c.series, c.partner, c.period, c.verdict]);

describe("levels of zero said in words", () => {
  it("supports a month the data holds at zero", async () => {
    expect(
      await levels(
        "China's gallium exports fell to zero in August 2023, the first month of licensing.",
        "2023-09-20",
      ),
    ).toEqual([["gallium", "WLD", "2023-08", "supported"]]);
    expect(await levels("Dysprosium shipments were nil in May 2025.", "2025-06-20")).toEqual([
      ["dysprosium", "WLD", "2025-05", "supported"],
    ]);
  });

  it("contradicts a zero where the data holds tonnes", async () => {
    // magnets to the US in May 2025: 46 t
    expect(
      await levels("Rare-earth magnet exports to the US fell to zero in May 2025.", "2025-06-20"),
    ).toEqual([["rare-earth-magnets", "USA", "2025-05", "contradicted"]]);
  });
});

describe("a move from a month of zero", () => {
  it("is a rise, though it has no percentage", async () => {
    const r = await verifyClaims(
      store,
      "China's gallium exports fell to zero in May 2025 and recovered to 4,260 kilograms in June.",
      { published: "2025-07-20" },
    );
    const rise = r.claims.find((c) => c.kind === "direction" && c.period === "2025-06");
    expect(rise?.verdict).toBe("supported");
    expect(rise?.explanation).toContain("a rise from nothing (0 t in May 2025");
  });
});
