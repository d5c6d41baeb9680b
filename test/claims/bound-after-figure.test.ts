// "6,000-odd tonnes", "300-plus tonnes", "6,000+ t": a bound written after the figure. "-odd" is the
// figure and some, short of its next round step ("500-odd": 500 to 600); "-plus" and "+" are at
// least the figure. Checked on the reference data (November 2025: 6,150 t in all, the US 582 t,
// Japan 305 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const level = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims.find((c) => c.kind === "level");

describe("a bound written after the figure", () => {
  it.each([
    ["China's magnet exports came to 6,000-odd tonnes in November 2025.", "supported"],
    ["Magnet shipments to the US were 500-odd tonnes in November 2025.", "supported"],
    ["Japan took 300-plus tonnes of Chinese magnets in November 2025.", "supported"],
    ["China shipped 6,000+ t of rare-earth magnets in November 2025.", "supported"],
    ["China shipped 7,000-plus tonnes of rare-earth magnets in November 2025.", "contradicted"],
  ])("%j is %s", async (text, verdict) => {
    expect((await level(text))?.verdict).toBe(verdict);
  });

  it("shows the span an '-odd' figure allows when the data lies past it", async () => {
    const c = await level("Magnet shipments to the US were 400-odd tonnes in November 2025.");
    expect(c?.verdict).toBe("contradicted");
    expect(c?.explanation).toContain("(400-500 t)");
  });
});
