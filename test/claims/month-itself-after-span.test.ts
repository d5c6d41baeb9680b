// "Exports reached 44,355 t by August, and the month itself was up 22.6% year on year": the clause
// after a year-to-date total speaks of the span's last month, not of the span.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: August 2025 5,791.8 t, +22.6% on August 2024's 4,723 t; January-August 2025 44,355 t (+14.4%)
describe("the month itself after a span", () => {
  it("is the span's last month", async () => {
    const text =
      "Rare-earth exports totalled 44,355 t over January to August, with the month alone up 22.6% on a year earlier.";
    const got = await readingAt(store, text, "up 22.6%", "2025-09-24");
    expect(got).toMatchObject({ period: "2025-08", verdict: "supported" });
  });

  it("leaves the span's own change on the span", async () => {
    const text = "Rare-earth exports totalled 44,355 t over January to August, up 14.4% on a year earlier.";
    const got = await readingAt(store, text, "up 14.4%", "2025-09-24");
    expect(got).toMatchObject({ period: "2025-01..2025-08", verdict: "supported" });
  });
});
