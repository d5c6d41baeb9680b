// A clause with no subject of its own that goes on from one whose subject is China or the product
// and no destination ("The first seven months saw China export 27,897 t of magnets, with an annual
// decline of 15%") is about that total, not about a destination the sentence before spoke of. A
// month that "adds" tonnes to a running total gives its own level, not a change.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: July 2025 US 619 t (+75.4% on June); January-July 2025 27,897 t (-15.0% on a year
// earlier); first half 2025 22,319 t; July 2025 5,577 t
const US = "Shipments of magnets from China to the United States climbed 75.5% in July from June. ";

describe("a clause going on from China's own total", () => {
  it("is on the total, not on the destination spoken of before", async () => {
    const text = `${US}January to July saw China export 27,897 t of magnets, with a fall of 15% on the year.`;
    const got = await readingAt(store, text, "fall of 15%", "2025-08-22");
    expect(got).toMatchObject({ partner: "WLD", period: "2025-01..2025-07", verdict: "supported" });
  });

  it("contradicts a wrong change of that total", async () => {
    const text = `${US}January to July saw China export 27,897 t of magnets, with a fall of 25% on the year.`;
    const got = await readingAt(store, text, "fall of 25%", "2025-08-22");
    expect(got).toMatchObject({ partner: "WLD", verdict: "contradicted" });
  });

  it("reads a month adding tonnes to the running total as the month's level", async () => {
    const text = "China's magnet exports were 22,319 t in the first half of 2025, with July adding 5,577 t.";
    const got = await readingAt(store, text, "5,577 t", "2025-08-22");
    expect(got).toMatchObject({ period: "2025-07", verdict: "supported" });
  });
});
