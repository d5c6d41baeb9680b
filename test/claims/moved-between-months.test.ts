// "fell from 590 t in August to 656 t in October": a move told right before the figures it ran from
// and to, each with its month, is the later month's against the earlier, not the month after the
// first against it (which let a wrong direction be borne out by the month in between).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function moveOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.kind === "direction" || x.kind === "change");
  const s = c?.stated;
  return {
    period: c?.period,
    basis: s?.type === "direction" || s?.type === "change" ? s.basis : undefined,
    verdict: c?.verdict,
  };
}

describe("a move from one month's figure to another's", () => {
  it("is the later month's against the earlier", async () => {
    // US-bound: August 590 t, September 420.5 t, October 656 t
    expect(
      await moveOf(
        "Shipments of Chinese magnets to the US picked up from 590 t in August to 656 t in October.",
        "2025-11-26",
      ),
    ).toEqual({ period: "2025-10", basis: "2025-08", verdict: "supported" });
  });

  it("is wrong when the figures moved the other way, whatever the month between did", async () => {
    expect(
      await moveOf(
        "Shipments of Chinese magnets to the US dropped from 590 t in August to 656 t in October.",
        "2025-11-26",
      ),
    ).toEqual({ period: "2025-10", basis: "2025-08", verdict: "contradicted" });
  });

  it("checks a percentage over the whole span", async () => {
    // rare earths: September 4,000.3 t to November 5,493.9 t is +37.3%
    expect(
      await moveOf(
        "Rare earth exports climbed 37% from 4,000.3 t in September to 5,493.9 t in November.",
        "2025-12-22",
      ),
    ).toEqual({ period: "2025-11", basis: "2025-09", verdict: "supported" });
  });
});
