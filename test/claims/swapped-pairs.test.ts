// Two figures of one sentence given to two destinations the wrong way round ("The U.S. and Japan
// took 305 t and 582 t" of November, when the U.S. took 582 t) were each supported on the other
// destination, which the sentence names. A pair that fits only swapped is left open; the pair in
// the right order, and a figure rescued by another destination alone, keep their verdicts.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const check = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims.map((c) => [
    c.kind,
    c.text,
    c.verdict,
  ]);

describe("a pair of figures that fits only with its destinations swapped", () => {
  it.each([
    ["The U.S. and Japan took 305 t and 582 t of magnets in November.", "level"],
    ["Germany and South Korea received 569 t and 1,118 t of magnets in October.", "level"],
    ["305 t and 582 t of magnets went to the U.S. and Japan in November.", "level"],
    ["In July the EU and the U.S. took 11% and 38% of China's magnet exports.", "share"],
    ["The U.S. accounted for 5% of November magnet shipments, Japan for 9.5%.", "share"],
  ])("is left open, not supported: %s", async (text, kind) => {
    const got = await check(text);
    expect(got).toHaveLength(2);
    for (const [k, , verdict] of got) {
      expect(k).toBe(kind);
      expect(verdict).toBe("unverifiable");
    }
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims[0]?.explanation).toMatch(/may be swapped/);
  });

  it.each([
    "The U.S. and Japan took 582 t and 305 t of magnets in November.",
    "582 t and 305 t of magnets went to the U.S. and Japan in November.",
    "In July the EU and the U.S. took 38% and 11% of China's magnet exports.",
  ])("keeps the pair in the right order supported: %s", async (text) => {
    expect((await check(text)).map((c) => c[2])).toEqual(["supported", "supported"]);
  });

  it("leaves a pair where only one figure fits the other destination as it was", async () => {
    // 305 t fits Japan, but 720 t fits neither: no swap, so the first is rescued as before
    expect(await check("The U.S. and Japan took 305 t and 720 t of magnets in November.")).toEqual([
      ["level", "305 t", "supported"],
      ["level", "720 t", "contradicted"],
    ]);
  });
});
