// Destinations' two-letter codes in a run after a word that ranks against them ("third behind DE KR")
// name the destinations above; and a line that opens with its figure and gives a place behind others
// ("us?" "420.5t, 4th behind DE KR VN") is the asked destination's place. September 2025 magnets:
// Germany 1,288 t, Korea 854 t, Vietnam 456 t, US 420.5 t.
import { describe, expect, it } from "vitest";
import { findPartners } from "../../src/claims/extract/subjects.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("two-letter codes in a run", () => {
  it.each([
    ["Vietnam came third behind DE KR", ["VNM", "DEU", "KOR"]],
    ["it trails DE, KR and VN", ["DEU", "KOR", "VNM"]],
    ["ranked ahead of JP, KR and TW", ["JPN", "KOR", "TWN"]],
    // a lone code, or capitals that are not destinations' codes, name nothing
    ["second behind DE in the table", []],
    ["behind IT AND HR", []],
  ])("%s", (clause, isos) => {
    expect(findPartners(clause).map((p) => p.value)).toEqual(isos);
  });

  it("names the destinations above a place", async () => {
    const text = "Vietnam took 456 t of magnets in September, third behind DE KR.";
    const c = await claimAt(store, text, "third", "2025-10-25");
    expect(c).toMatchObject({ kind: "rank", partner: "VNM", verdict: "supported" });
    expect(c?.stated).toMatchObject({ n: 3, above: ["DEU", "KOR"] });
  });

  it("gives a line opening with its figure the asked destination's place", async () => {
    const text = "[10:00] A: mags sep?\n[10:00] B: 5774t\n[10:01] A: vn?\n[10:02] B: 456t, 3rd behind DE KR";
    const c = await claimAt(store, text, "3rd", "2025-10-25");
    expect(c).toMatchObject({ kind: "rank", partner: "VNM", period: "2025-09", verdict: "supported" });
  });
});
