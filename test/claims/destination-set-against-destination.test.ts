// "Germany's 1,106 t in December compared with 564 t for the US": a level set against another
// destination's, whose name follows it, is of the same period, not of the month before (the reading
// a base level with no month of its own gets).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a level set against another destination's", () => {
  it("is read in the same month as the level it is set against", async () => {
    const text = "Germany's 1,106 t in December compared with 815 t for South Korea and 564 t for the US.";
    expect(await readingAt(store, text, "815 t", "2026-01-20")).toMatchObject({
      verdict: "supported",
      partner: "KOR",
      period: "2025-12",
    });
    expect(await readingAt(store, text, "564 t", "2026-01-20")).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-12",
    });
  });

  it("is refuted on that month when it is another's figure", async () => {
    const text =
      "China's magnet exports to Germany were 1,118 t in October, compared with 582 t for the United States.";
    expect(await readingAt(store, text, "582 t", "2025-11-22")).toMatchObject({
      verdict: "contradicted",
      partner: "USA",
      period: "2025-10",
    });
  });

  it("keeps a base level dated by its own month on that month", async () => {
    const text = "US shipments slipped to 564 t in December from 582 t for November.";
    expect(await readingAt(store, text, "582 t", "2026-01-20")).toMatchObject({
      verdict: "supported",
      period: "2025-11",
    });
  });
});
