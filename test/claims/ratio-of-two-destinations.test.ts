// A ratio between two destinations its clause names ("The EU took 2,569 t, over four times the US
// total") is of those two: "total" after the second is no reading of the world as its subject.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

const ratioOf = async (text: string) => {
  const c = (await verifyClaims(store, text, { published: "2025-12-20" })).claims.find(
    (x) => x.kind === "change",
  );
  return [c?.partner, c?.verdict, c?.explanation] as const;
};

describe("a ratio between two destinations the clause names", () => {
  it("is supported on the two it names", async () => {
    const [partner, verdict] = await ratioOf(
      "The EU took 2,569 t of magnets in November, over four times the US total.",
    );
    expect(partner).toBe("EU27");
    expect(verdict).toBe("supported");
  });

  it("is not borne out by the world's total against the second", async () => {
    // EU 2,568.8 t against US 582 t is 4.4 times; the world's 6,150 t would be over ten
    const [partner, verdict, why] = await ratioOf(
      "The EU took 2,569 t of magnets in November, over six times the US total.",
    );
    expect(partner).toBe("EU27");
    expect(verdict).toBe("unverifiable");
    expect(why).toMatch(/EU27 2,568.8 t against USA 582 t/);
  });
});
