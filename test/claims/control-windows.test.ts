// A rank "since the controls" that the words do not date counts from the month after an export
// control that concerns the series, taken from the data's events: with one such control the window
// is known; with several that give different verdicts the claim is unverifiable, never contradicted.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string, published: string) => {
  const c = (await verifyClaims(store, text, { published })).claims.find((x) => x.kind === "rank");
  return [c?.verdict, c?.explanation] as const;
};

describe("ranks since export controls the words do not date", () => {
  it("reads the window as the controls', for the checker to date", () => {
    for (const words of [
      "since the controls took effect",
      "since the export controls began",
      "since Beijing's curbs",
      "since the licensing regime began",
    ]) {
      const c = extractClaims(`Germanium exports in November 2023 were the highest ${words}.`, {
        published: "2023-12-20",
      }).find((x) => x.kind === "rank");
      expect(c?.stated, words).toMatchObject({ scope: { type: "controls" } });
    }
  });

  it("counts from the month after the only export control that concerns the series", async () => {
    // germanium: licences from August 2023; September 1 kg, October 648 kg, November 721 kg
    const [v, why] = await rank(
      "China exported 721 kg of germanium in November 2023, the highest monthly figure since the controls took effect.",
      "2023-12-20",
    );
    expect(v).toBe("supported");
    expect(why).toContain("export controls of August 2023");
    const [low] = await rank(
      "Germanium exports of 648 kg in October 2023 were the lowest since the export controls began.",
      "2023-11-20",
    );
    expect(low).toBe("contradicted");
  });

  it("leaves it unverifiable when the controls that could be meant give different verdicts", async () => {
    // magnets: the April 2025 element controls and the October-November 2025 ones; May 2025 was lower
    const [v, why] = await rank(
      "Rare-earth magnet exports in December 2025 were the lowest since the controls took effect.",
      "2026-01-20",
    );
    expect(v).toBe("unverifiable");
    expect(why).toContain("the export controls meant are not named");
  });
});
