// A sentence that opens on "They" or "Its" after one about a destination goes on about that
// destination: a rank said there ("the most since January") is the destination's, never the
// world total's, which would support it where the destination's own months cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const LEAD = "Japan's purchases of Chinese magnets jumped 35% in November.";

describe("a pronoun that points at a destination", () => {
  it.each([
    "They reached 305 t, the most since January.",
    "Its 305 t was the highest since January.",
    "Their 305 tonnes were the most since January.",
  ])("keeps the destination for a rank: %s", async (sentence) => {
    const r = await verifyClaims(store, `${LEAD} ${sentence}`, { published: "2025-12-20" });
    const rank = r.claims.find((c) => c.kind === "rank");
    expect(rank?.partner).toBe("JPN");
    // Japan's months from February to May are not held: the world total's record does not settle it
    expect(rank?.verdict).toBe("unverifiable");
    expect(rank?.explanation).not.toMatch(/6,150 t/);
  });

  it("still reads a total the sentence names as the total", async () => {
    const r = await verifyClaims(store, `${LEAD} Total shipments reached 6,150 t, the most since January.`, {
      published: "2025-12-20",
    });
    const rank = r.claims.find((c) => c.kind === "rank");
    expect(rank?.partner).toBe("WLD");
    expect(rank?.verdict).toBe("supported");
  });
});
