// Slides and tables set a share's month in brackets after it: "India share of China total: 7.5%
// (Jul) vs 5.4% (Jun)". The share after "vs" is the earlier month's, as "against 5.4% in June" is.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function shares(text: string, published: string) {
  return (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === "share")
    .map((c) => ({ text: c.text, partner: c.partner, period: c.period, verdict: c.verdict }));
}

describe("an earlier share with its month in brackets", () => {
  it("reads both shares, each for its bracketed month", async () => {
    const text = "• India's share of China's magnet exports: 7.5% (Jul) vs 5.4% (Jun)";
    expect(await shares(text, "2025-08-25")).toEqual([
      {
        text: "share of China's magnet exports: 7.5%",
        partner: "IND",
        period: "2025-07",
        verdict: "supported",
      },
      { text: "vs 5.4%", partner: "IND", period: "2025-06", verdict: "supported" },
    ]);
  });

  it("does not support a wrong earlier share", async () => {
    const text = "India's share of China's magnet exports was 7.5% (July) against 9.4% (June).";
    const earlier = (await shares(text, "2025-08-25")).find((c) => c.text.includes("9.4%"));
    expect(earlier).toMatchObject({ partner: "IND", period: "2025-06" });
    expect(earlier?.verdict).not.toBe("supported");
  });
});
