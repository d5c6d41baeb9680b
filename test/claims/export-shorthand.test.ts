// A desk's shorthand for exports ("REMag exp 5,774t") names a trade flow: a line about demand above
// it (a dek put over the note) had left the flow unnamed, and every figure under it was dropped.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";

const find = (text: string, words: string) =>
  extractClaims(text, { published: "2025-10-21" }).find((c) => c.text === words);

describe("'exp' for exports", () => {
  it("is read after a line on demand", () => {
    const text = "Buyers' demand stayed soft.\n\nCN customs, Sep:\n- magnets exp 5,774t, -6.1% m/m";
    expect(find(text, "5,774t")?.period).toBe("2025-09");
    expect(find(text, "-6.1%")?.kind).toBe("change");
  });

  it("is read on its own", () => {
    expect(find("Sep magnet exp 5,774t.", "5,774t")?.series).toBe("rare-earth-magnets");
  });
});
