// A rank said with its month's tonnage ("The low point came in May, at 46 tonnes") ranks whatever
// the tonnage is the figure of: after a sentence on one destination, the tonnage that holds only for
// that destination makes the rank that destination's, not the world total's the reader fell back on.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function rankOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-11-24" });
  const c = r.claims.find((x) => x.kind === "rank");
  return { verdict: c?.verdict, partner: c?.partner, explanation: c?.explanation ?? "" };
}

describe("a rank said with its month's tonnage", () => {
  it("is the rank of the destination whose figure the tonnage is", async () => {
    // US May 46 t, April 246 t, June 353 t; the world's May was 1,238 t
    const got = await rankOf(
      "Deliveries to the US picked up in October. The low point came in May, at 46 tonnes.",
    );
    expect(got.partner).toBe("USA");
    expect(got.verdict).toBe("supported");
    expect(got.explanation).toMatch(/46 t ranks 1/);
  });

  it("is never wrong on that carried reading", async () => {
    // US September 420.5 t is above June's 353 t: not the lowest since May
    const got = await rankOf(
      "Shipments to the US slipped in September. The month was the lowest since May, at 420.5 tonnes.",
    );
    expect(got.partner).toBe("USA");
    expect(got.verdict).toBe("unverifiable");
  });

  it("stays the total's when the tonnage is the total's", async () => {
    const got = await rankOf("Magnet exports recovered in October. The low point was May, at 1,238 tonnes.");
    expect(got.partner).toBe("WLD");
    expect(got.verdict).toBe("supported");
  });
});
