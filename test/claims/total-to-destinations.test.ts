// "Total shipments of spherical graphite to Japan and the US dropped to zero": a total taken to
// named destinations is theirs, not the world's, so the world total is no reading of it that could
// lend it support.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

async function claimOf(text: string, quote: string) {
  const r = await verifyClaims(store, text, { published: "2024-01-25" });
  const c = r.claims.find((x) => x.text === quote);
  return { verdict: c?.verdict ?? null, partner: c?.partner ?? null };
}

describe("a total taken to named destinations", () => {
  it.each([
    "Total shipments of spherical graphite to Japan and the US dropped in December.",
    "Overall spherical graphite exports bound for the United States and Japan dropped in December.",
  ])("is not supported on the world total: %s", async (text) => {
    const v = await claimOf(text, "dropped");
    expect(v.verdict).toBe("unverifiable");
    expect(v.partner).not.toBe("WLD");
  });

  it("still reads a total with no destination as the world's", async () => {
    const v = await claimOf("Total shipments of spherical graphite dropped in December.", "dropped");
    expect(v).toEqual({ verdict: "supported", partner: "WLD" });
  });

  it("still reads a total that rises 'to its' level as the world's", async () => {
    const r = await verifyClaims(
      store,
      "Magnet sales to the United States slipped in November even as overall shipments climbed to their second-highest level on record.",
      { published: "2025-12-21" },
    );
    const c = r.claims.find((x) => x.text === "second-highest level on record");
    expect(c?.verdict).toBe("supported");
  });
});
