// "China's magnet exports fell to 5,473 t in October, but that was the lowest since July": a rank in
// a clause going on from one whose subject named China or the product and no destination ranks the
// total, as it would in the first clause; the destination was taken as not named, so a wrong rank
// was left open. Checked on the reference data (magnets: June 2025 3,188 t, July 5,577 t, August
// 6,146 t, September 5,774 t, October 5,473 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-11-20" })).claims.find((c) => c.kind === "rank");

describe("a rank in a clause going on from the total's", () => {
  it.each([
    "China's rare-earth magnet exports fell to 5,473 t in October, but that was the lowest since July.",
    "China's rare-earth magnet exports fell to 5,473 t in October, and that was the lowest since July.",
  ])("ranks the total and can be wrong: %s", async (text) => {
    const c = await rank(text);
    expect(c?.partner).toBe("WLD");
    expect(c?.grounds.partner).toBe("sentence");
    expect(c?.verdict).toBe("contradicted");
  });

  it("is borne out when right", async () => {
    const c = await rank(
      "China's rare-earth magnet exports fell to 5,473 t in October, but that was still above the June trough and the lowest since June.",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("stays carried under a heading about a destination", async () => {
    const c = await rank(
      "Japan\n\nChina's rare-earth magnet exports fell in October, but that was the lowest since July.",
    );
    expect(c?.partner).toBe("JPN");
    expect(c?.verdict).toBe("unverifiable");
  });
});
