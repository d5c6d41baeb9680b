// A share in brackets right after the month it is of ("higher in December (9.5%) than in October
// (12%)"), a part's share set in commas before the verb that sends it to its destination ("some 1,106
// t, or 19%, went to Germany"), and a base dated "the same month a year before".
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function claimsOf(text: string, published: string, kind: string) {
  return (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === kind)
    .map((c) => ({ text: c.text, partner: c.partner, period: c.period, verdict: c.verdict }));
}

describe("a share in brackets after its month", () => {
  it("is that month's share, not the clause's first month's", async () => {
    const text = "The US share of magnet exports was lower in December (9.5%) than in October (12%).";
    expect(await claimsOf(text, "2026-01-20", "share")).toEqual([
      { text: "9.5%", partner: "USA", period: "2025-12", verdict: "supported" },
      { text: "12%", partner: "USA", period: "2025-10", verdict: "supported" },
    ]);
  });

  it("is contradicted on its own month's share when wrong", async () => {
    const text = "The US share of magnet exports was lower in December (9.5%) than in October (15%).";
    expect((await claimsOf(text, "2026-01-20", "share"))[1]).toEqual({
      text: "15%",
      partner: "USA",
      period: "2025-10",
      verdict: "contradicted",
    });
  });
});

describe("a part's share in commas before the verb that sends it", () => {
  it("is read as the destination's share", async () => {
    const text = "China exported 5,952 t of magnets in December; some 1,106 t, or 19%, went to Germany.";
    expect(await claimsOf(text, "2026-01-20", "share")).toEqual([
      { text: "19%", partner: "DEU", period: "2025-12", verdict: "supported" },
    ]);
  });

  it("is never contradicted on the total when wrong, the destination coming after it", async () => {
    const text = "Of the 5,952 t of magnets China exported in December, 815 t, or 24%, went to South Korea.";
    const [share] = await claimsOf(text, "2026-01-20", "share");
    expect(share?.text).toBe("24%");
    expect(share?.verdict).not.toBe("contradicted");
    expect(share?.verdict).not.toBe("supported");
  });
});

describe("a base dated 'the same month a year before'", () => {
  it("is that month a year back, with no other month as its reading", async () => {
    const right =
      "China's magnet exports in October were 5,473 t, compared with 4,725 t for the same month a year before.";
    const wrong =
      "China's magnet exports in October were 5,473 t, compared with 4,915 t for the same month a year before.";
    expect((await claimsOf(right, "2025-12-20", "level"))[1]).toMatchObject({
      period: "2024-10",
      verdict: "supported",
    });
    // 4,915 t is September 2024's figure, which the words do not name
    expect((await claimsOf(wrong, "2025-12-20", "level"))[1]).toMatchObject({
      period: "2024-10",
      verdict: "contradicted",
    });
  });
});
