// Three readings that put a right figure in the wrong place. A month that names a policy after
// "since" ("since the April controls") dates the window the words count from, not the figure's month.
// A month set against the move after "still below the 26,037 kg shipped in" belongs to that second
// comparison, not to the move. And a zero in the data bears out a stated nothing, never a stated amount.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function claimsOf(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  return r.claims.map((c) => ({
    kind: c.kind,
    period: c.period,
    verdict: c.verdict,
    basis: c.stated.type === "change" || c.stated.type === "direction" ? c.stated.basis : null,
  }));
}

describe("a month naming a policy after 'since'", () => {
  it("is not the period of a change told with its own months", async () => {
    // March 5,324 t to May 1,238 t: -76.7%, which "some three-quarters" fits; April to May is -52.9%
    const got = await claimsOf(
      "China's magnet shipments have shrunk by some three-quarters since the April licensing rules, to 1,238 t in May from 5,324 t in March.",
      "2025-06-25",
    );
    const change = got.find((c) => c.kind === "change");
    expect(change?.period).toBe("2025-05");
    expect(change?.verdict).not.toBe("contradicted");
  });

  it("takes the base the sentence gives, so a change that fits only April to May is wrong", async () => {
    // "about half" fits April to May (-52.9%), not March to May (-76.7%)
    const got = await claimsOf(
      "China's magnet shipments have shrunk by about half since the April licensing rules, to 1,238 t in May from 5,324 t in March.",
      "2025-06-25",
    );
    expect(got.find((c) => c.kind === "change")).toMatchObject({
      period: "2025-05",
      basis: "2025-03",
      verdict: "contradicted",
    });
  });

  it("is not the month a run of rises is counted to", async () => {
    const got = await claimsOf(
      "Since the April curbs, China's magnet exports have climbed for two months running, to 5,577 t in July.",
      "2025-08-25",
    );
    const run = got.find((c) => c.kind === "rank");
    expect(run?.period).not.toBe("2025-04");
    expect(run?.verdict).not.toBe("contradicted");
  });

  it("still opens the window of a rank", async () => {
    const got = await claimsOf(
      "At 6,150 t, November's magnet exports were the most since the April licensing rules.",
      "2025-12-24",
    );
    expect(got.find((c) => c.kind === "rank")).toMatchObject({ period: "2025-11", verdict: "supported" });
  });
});

describe("a month after 'still below' a stated figure", () => {
  it("belongs to that comparison, not to the move before it", async () => {
    // August 16.686 t to September 18.043 t is a rise; June 2024's 26.037 t was higher
    const got = await claimsOf(
      "Dysprosium shipments climbed to 18,043 kg in September, still below the 26,037 kg exported in June 2024.",
      "2025-10-24",
    );
    expect(got.find((c) => c.kind === "direction")).toMatchObject({
      period: "2025-09",
      basis: "mom",
      verdict: "supported",
    });
  });

  it("leaves a wrong move wrong", async () => {
    const got = await claimsOf(
      "Dysprosium shipments slid to 18,043 kg in September, still below the 26,037 kg exported in June 2024.",
      "2025-10-24",
    );
    expect(got.find((c) => c.kind === "direction")?.verdict).toBe("contradicted");
  });
});

describe("a month the data holds as zero", () => {
  it("does not bear out a stated amount", async () => {
    const got = await claimsOf("Terbium shipments came to 300 kg in May.", "2025-06-25");
    expect(got).toEqual([{ kind: "level", period: "2025-05", verdict: "unverifiable", basis: null }]);
  });

  it("bears out a stated nothing", async () => {
    const got = await claimsOf("Terbium shipments were zero in May.", "2025-06-25");
    expect(got.find((c) => c.kind === "level")?.verdict).toBe("supported");
  });
});
