// "Japan took 854 t, far more than South Korea": a figure whose own words name the destination that
// took it ("Japan took", "South Korea's") is that destination's; another destination the sentence
// names for comparison is no reading that could bear a swapped figure out. Nor is a destination the
// words deny in an aside ("Japan, not South Korea, took ...").
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets, October 2025: Germany 1,118 t, the US 656 t, South Korea 569 t, Vietnam 444 t, India 416 t
describe("a figure its taker names right before it", () => {
  it("is not borne out by a destination set beside it", async () => {
    const text = "India received 444 t of Chinese magnets in October, a little more than Vietnam.";
    const got = await claimAt(store, text, "444 t", "2025-11-24");
    expect(got?.partner).toBe("IND");
    expect(got?.verdict).toBe("contradicted");
  });

  it("swapped possessives are both wrong", async () => {
    const text = "The US bought 569 t of magnets in October, against South Korea's 656 t.";
    const got = await Promise.all(["569 t", "656 t"].map((q) => claimAt(store, text, q, "2025-11-24")));
    expect(got.map((c) => c?.verdict)).toEqual(["contradicted", "contradicted"]);
  });

  it("still bears out the right figures", async () => {
    const text = "Vietnam received 444 t of Chinese magnets in October, a little more than India's 416 t.";
    for (const q of ["444 t", "416 t"])
      expect((await claimAt(store, text, q, "2025-11-24"))?.verdict).toBe("supported");
  });

  it("does not give the figure to a destination denied in an aside", async () => {
    const text = "Vietnam, not India, took 416 t of Chinese magnets in October.";
    const got = await claimAt(store, text, "416 t", "2025-11-24");
    expect(got?.partner).toBe("VNM");
    expect(got?.verdict).toBe("contradicted");
  });
});
