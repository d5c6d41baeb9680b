// "South Korea overtook the US as the No. 2 buyer", "India edged out Vietnam for fourth place": the
// place is the first destination's, and the one it was taken from, named in the rank's own words,
// is never a reading of it (it would bear out the place the text says it lost).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

const rankOf = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => c.kind === "rank");

// magnets, October 2025: Germany 1,118 t, the US 656 t, South Korea 569 t, Vietnam 444 t, India 416 t
describe("a place taken over from another destination", () => {
  it.each([
    ["Vietnam overtook India as the fourth-largest buyer of Chinese magnets in October.", "VNM", 4],
    ["The US displaced South Korea to become China's second-biggest magnet market in October.", "USA", 2],
  ])("reads the place of the one that took it: %s", async (text, partner, n) => {
    const got = await rankOf(text, "2025-11-24");
    expect(got?.partner).toBe(partner);
    expect(got?.stated).toMatchObject({ type: "rank", n, scope: { type: "destinations" } });
    expect(got?.verdict).toBe("supported");
  });

  it("does not bear out the place by the destination it was taken from", async () => {
    const got = await rankOf(
      "India edged out Vietnam for fourth place among magnet buyers in October.",
      "2025-11-24",
    );
    expect(got?.partner).toBe("IND");
    expect(got?.verdict).not.toBe("supported");
  });
});
