// "Exports reached 6,150 t in November. The November figure is the highest since August.": a
// subject that points back at the figure before and names its month speaks of that figure, as "the
// figure" does; one that names another month points at nothing. Checked on the reference data
// (magnets: August 2025 6,146 t, November 6,150 t, January 6,357 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims.find((c) => c.kind === "rank");

describe("a pointing subject that names its figure's month", () => {
  it("takes the figure's product and destination", async () => {
    const c = await rank(
      "China shipped 6,150 tonnes of rare-earth magnets abroad in November. The November figure was the highest since January.",
    );
    expect(c?.grounds.series).toBe("pointed");
    expect(c?.verdict).toBe("supported");
  });

  it("can then be wrong", async () => {
    // August's 6,146 t was below November's 6,150 t: not "the highest since August"
    const c = await rank(
      "China shipped 6,150 tonnes of rare-earth magnets abroad in November. The November total was the highest since August.",
    );
    expect(c?.verdict).toBe("contradicted");
  });

  it("points at nothing when it names another month", async () => {
    const c = await rank(
      "China shipped 6,150 tonnes of rare-earth magnets abroad in November. The October figure was the highest since September.",
    );
    expect(c).toBeDefined();
    expect(c?.grounds.series).not.toBe("pointed");
    expect(c?.verdict).toBe("supported");
  });
});
