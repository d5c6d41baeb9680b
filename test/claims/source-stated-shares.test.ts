// A share the data holds no tonnages for ("the EU took 32% in May", when the store keeps no EU figure
// for May) may still be one a published source stated, which the store keeps as a share. Where it
// agrees, it bears the claim out; where it does not, a source's word is no proof of error.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a share that only a source stated", () => {
  it("is borne out by the share the source gave", async () => {
    const text = "In May the European Union took 32% of China's rare-earth magnet exports.";
    const c = await claimAt(store, text, "32% of China's rare-earth magnet exports", "2025-07-25");
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toContain("SCMP");
  });

  it("is not called wrong on a source's word", async () => {
    const text = "In May the European Union took 38% of China's rare-earth magnet exports.";
    const c = await claimAt(store, text, "38% of China's rare-earth magnet exports", "2025-07-25");
    expect(c?.verdict).toBe("unverifiable");
  });

  it("is still computed from tonnages where the data holds them", async () => {
    const text = "In October Germany took 20.4% of China's rare-earth magnet exports.";
    const c = await claimAt(store, text, "20.4% of China's rare-earth magnet exports", "2025-11-25");
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toContain("1,118 t of 5,473 t");
  });
});
