// Shares given in a row after a row of as many names, without "respectively": English pairs them in
// order, so the middle share is read (it had been left out) and the whole named after the last share
// ("of China's October magnet exports") is every share's, where the first had no period.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

async function shares(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-11-20" });
  return r.claims
    .filter((c) => c.kind === "share")
    .map((c) => [c.stated.type === "share" ? c.stated.pct : null, c.partner, c.period, c.verdict]);
}

describe("shares in a row after as many names", () => {
  it("reads each share as its name's, in the month the last one names", async () => {
    expect(
      await shares(
        "Germany, the United States and South Korea took 20.4%, 12.0% and 10.4% of China's October magnet exports.",
      ),
    ).toEqual([
      [20.4, "DEU", "2025-10", "supported"],
      [12, "USA", "2025-10", "supported"],
      [10.4, "KOR", "2025-10", "supported"],
    ]);
  });

  it("does not support two shares given in each other's places", async () => {
    const got = await shares(
      "Germany, the United States and South Korea took 20.4%, 10.4% and 12.0% of China's October magnet exports.",
    );
    expect(got).toHaveLength(3);
    expect(got.slice(1).map((g) => g[3])).toEqual(["unverifiable", "unverifiable"]);
  });

  it("contradicts a wrong share in its own place", async () => {
    const got = await shares(
      "Germany, the United States and South Korea took 20.4%, 12.0% and 14.4% of China's October magnet exports.",
    );
    expect(got.at(-1)).toEqual([14.4, "KOR", "2025-10", "contradicted"]);
  });

  it("leaves a row of fewer names than shares as it was", async () => {
    const got = await shares(
      "Germany and the United States took 20.4%, 12.0% and 10.4% of China's October magnet exports.",
    );
    expect(got.map((g) => g[0])).not.toContain(12);
  });
});
