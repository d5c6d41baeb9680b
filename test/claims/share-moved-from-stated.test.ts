// A share said to have moved to its figure ("the EU's share fell to 43%") where the data holds no
// tonnage for the month before, only a share a source gave: the move is weighed against that share,
// so a right figure whose words move it the wrong way is not borne out; one moved the right way is.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function juneShare(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-07-24" });
  const c = r.claims.find((x) => x.kind === "share" && x.period === "2025-06");
  return { partner: c?.partner, verdict: c?.verdict, explanation: c?.explanation ?? "" };
}

describe("a share moved from a month only a source gave a share of", () => {
  it("is not borne out when the words move it the other way", async () => {
    // June 1,364 t of 3,188 t is 42.8%; a source gave 32% for May
    const got = await juneShare(
      "In June the European Union's slice of Chinese magnet exports shrank to 43%.",
    );
    expect(got).toMatchObject({ partner: "EU27", verdict: "unverifiable" });
    expect(got.explanation).toMatch(/gave 32% for May 2025, from which the share rose/);
  });

  it("is borne out when the words move it the way it went", async () => {
    const got = await juneShare("In June the European Union's slice of Chinese magnet exports grew to 43%.");
    expect(got).toMatchObject({ partner: "EU27", verdict: "supported" });
  });
});
