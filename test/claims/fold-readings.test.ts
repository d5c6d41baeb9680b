// "N-fold" is read once, as a multiple (x N): "a 1.3-fold increase" is +30%, as translated reports
// of 1.3倍 mean it. Some writers mean +N x 100% by "an N-fold increase": that reading may bear a
// claim out, and no claim is called wrong on the difference between the two. The explanation says
// which reading was checked. Checked on the reference data.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claim = async (text: string, published: string, words: RegExp) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => words.test(c.text));

describe("a fold under one and a half", () => {
  it.each([
    // rare earths: 4,344 t in October, 5,494 t in November (x1.26)
    ["Shipments of rare earths saw a 1.3-fold increase in November over October.", "2025-12-19", /fold/],
    // Germany: 1,116 t in July, 1,346 t in August (x1.21)
    ["German-bound magnet exports grew 1.2-fold in August from July.", "2025-09-22", /fold/],
    // the world: 5,473 t in October, 6,150 t in November (x1.12)
    [
      "China's magnet exports posted 1.1-fold growth in November compared with October.",
      "2025-12-22",
      /fold/,
    ],
    ["Exports of magnets to Germany in August were 1.2-fold the July level.", "2025-09-22", /fold/],
  ])("is read as a multiple and borne out: %s", async (text, published, words) => {
    const c = await claim(text, published, words);
    expect(c?.verdict).toBe("supported");
  });

  it("says the reading it checked", async () => {
    const c = await claim(
      "Rare-earth exports recorded a 1.3-fold rise in November from October.",
      "2025-12-19",
      /fold/,
    );
    expect(c?.explanation).toMatch(/read as x1\.3 \(\+30%\)/);
  });

  it("is called wrong only when neither reading fits", async () => {
    // Germany's August was x1.21 of July: neither x1.8 nor +180%
    const c = await claim(
      "German-bound magnet exports expanded 1.8-fold in August from July.",
      "2025-09-22",
      /fold/,
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.explanation).toMatch(/\+180%/);
  });
});

describe("a fold some writers mean as that many hundred percent more", () => {
  it("is not called wrong when the other reading fits, and says which reading did", async () => {
    // India: 172 t in June, 418 t in July: +143%, i.e. x2.43, or "1.4-fold" taken as +140%
    const c = await claim(
      "Magnet exports to India logged a 1.4-fold increase in July from June.",
      "2025-08-21",
      /fold/,
    );
    expect(c?.verdict).not.toBe("contradicted");
    expect(c?.explanation).toMatch(/\+140%/);
  });

  it("leaves data between the two readings unverifiable, not borne out", async () => {
    // the world: 3,188 t in June, 6,146 t in August, +93%: between x1.8 (+80%) and +180%
    const c = await claim("Magnet exports climbed 1.8-fold in August from June.", "2025-09-22", /fold/);
    expect(c?.verdict).toBe("unverifiable");
  });
});
