// A year written with the next one ("FY2025/26", "the 2025/26 financial year", "in 2025/26") is a
// fiscal, crop or marketing year that runs across two calendar years: none of them is calendar
// 2025, so the calendar year's total neither supports nor contradicts a figure for it. Read as
// "in 2025", a 61,000 t total for a year to March 2026 was called wrong against 2025's 57,392 t.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a year that runs into the next", () => {
  it.each([
    "Rare-earth magnet exports for FY2025/26 came to 61,000 tonnes.",
    "China's rare-earth magnet exports in the 2025/26 financial year reached 61,000 t.",
    "China's rare-earth magnet exports in 2025/26 reached 61,000 t.",
    "In FY2025-26, China shipped 61,000 t of rare-earth magnets.",
  ])("is not calendar 2025: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2026-05-20" });
    const c = r.claims.find((x) => x.text.includes("61,000"));
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.period).not.toBe("2025-01..2025-12");
  });

  it("leaves a calendar year as it was", async () => {
    const r = await verifyClaims(store, "China's rare-earth magnet exports in 2025 totalled 61,000 t.", {
      published: "2026-05-20",
    });
    expect(r.claims[0]).toMatchObject({ period: "2025-01..2025-12", verdict: "contradicted" });
  });
});
