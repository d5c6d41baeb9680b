// A value labelled "Previous:" in a data release ("November: 6,150 t (previous: 5,473 t)") is read on
// the month before, a reading the label only suggests (it may also be an earlier release of the same
// month), so it can support, never contradict.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a value labelled as the previous one", () => {
  it("is supported on the month before, on a line of its own", async () => {
    const got = await claimAt(
      store,
      "China magnet exports, September: 5,774 t.\nPrevious: 6,146 t.",
      "6,146 t",
      "2025-10-22",
    );
    expect(got?.period).toBe("2025-08");
    expect(got?.verdict).toBe("supported");
  });

  it("is supported in brackets after the month's figure", async () => {
    const got = await claimAt(
      store,
      "Rare-earth magnet exports, September: 5,774 t (previous: 6,146 t).",
      "6,146 t",
      "2025-10-22",
    );
    expect(got?.verdict).toBe("supported");
  });

  it("is never contradicted when it fits no month", async () => {
    const got = await claimAt(
      store,
      "Rare-earth magnet exports, September: 5,774 t (previous: 6,416 t).",
      "6,416 t",
      "2025-10-22",
    );
    expect(got?.verdict).toBe("unverifiable");
  });
});
