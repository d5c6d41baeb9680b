// A destination's extreme said of its "intake", "purchases", "deliveries" or "arrivals" ("its highest
// monthly intake of 2025"), and an extreme "in any month" ("the most in any month since January"), are
// ranks: left unread, a false "highest of the year" for Korea went unchecked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("ranks said of a destination's intake and of any month", () => {
  it.each([
    ["India's 416 t of magnets in October 2025 was its largest monthly intake of 2025.", "contradicted"],
    [
      "Korean buyers' 815 t of magnets in December 2025 were their biggest purchases of 2025.",
      "contradicted",
    ],
  ])("reads the rank: %s", async (text, verdict) => {
    const got = await verdictsOf(store, text, "2026-01-25");
    expect(got.filter(([t]) => /largest|biggest/.test(t)).map(([, v]) => v)).toEqual([verdict]);
  });

  it("reads an extreme in any month since a month", async () => {
    const got = await verdictsOf(
      store,
      "China shipped 6,146 t of magnets in August 2025, the most in any month since January.",
      "2025-09-25",
    );
    expect(got.filter(([t]) => /most/.test(t)).map(([, v]) => v)).toEqual(["supported"]);
  });
});
