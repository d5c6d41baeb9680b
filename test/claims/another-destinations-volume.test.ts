// A fraction of what another destination took ("less than half the volume Germany received", "about
// half of Germany's tonnage", "weniger als die Hälfte des von Deutschland bezogenen Volumens") compares
// two destinations; it is not the first one's share of the whole, which it was supported as.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const LEAD = "Magnet exports rose to 6,146 tonnes in August. Germany was the biggest buyer.";

describe("a fraction of another destination's volume", () => {
  it.each([
    "The US came next, taking less than half the volume Germany received.",
    "The US came next, with not even half of Germany's tonnage.",
    "The US came next, at under half the German total.",
    "Dahinter folgen die USA, die allerdings auf weniger als die Hälfte des von Deutschland bezogenen Volumens kommen.",
  ])("is not read as a share of the total: %s", async (sentence) => {
    const r = await verifyClaims(store, `${LEAD} ${sentence}`, { published: "2025-09-22" });
    expect(r.claims.filter((c) => c.kind === "share")).toEqual([]);
    expect(r.claims.filter((c) => c.verdict === "contradicted")).toEqual([]);
  });

  it.each([
    "Nearly a quarter of the total went to Germany.",
    "Germany received about a fifth of the volume.",
  ])("leaves a share of the whole: %s", async (sentence) => {
    const r = await verifyClaims(store, `${LEAD} ${sentence}`, { published: "2025-09-22" });
    expect(r.claims.some((c) => c.kind === "share")).toBe(true);
  });
});
