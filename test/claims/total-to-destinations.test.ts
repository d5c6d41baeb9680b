// "Total shipments of spherical graphite to Japan and the US dropped to zero": a total taken to
// named destinations is theirs, not the world's, so the world total is no reading of it that could
// lend it support.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function claimOf(text: string, quote: string) {
  const { verdict, partner } = await readingAt(store, text, quote, "2024-01-25");
  return { verdict, partner };
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
    const c = await claimAt(
      store,
      "Magnet sales to the United States slipped in November even as overall shipments climbed to their second-highest level on record.",
      "second-highest level on record",
      "2025-12-21",
    );
    expect(c?.verdict).toBe("supported");
  });
});
