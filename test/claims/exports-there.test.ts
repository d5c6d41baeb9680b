// "China's magnet exports there reached 815 tonnes": exports to a place spoken of before, not
// China's total, which the possessive subject had made them (815 t was contradicted by the 5,952 t
// total after a sentence on South Korea).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("exports there", () => {
  it("are the place's spoken of before", async () => {
    expect(
      await readingAt(
        store,
        "Demand in South Korea is strong. China's magnet exports there reached 815 tonnes in December.",
        "815 tonnes",
        "2026-01-21",
      ),
    ).toEqual({ verdict: "supported", series: "rare-earth-magnets", partner: "KOR", period: "2025-12" });
  });

  it("are never checked as the total when no place was named", async () => {
    const got = await readingAt(
      store,
      "China's magnet shipments there reached 815 tonnes in December.",
      "815 tonnes",
      "2026-01-21",
    );
    expect(got.verdict).toBe("unverifiable");
  });

  it("leave a named total the total", async () => {
    expect(
      await readingAt(
        store,
        "Korea stood out. China's shipments there were 815 tonnes in December, against 5,952 tonnes overall.",
        "5,952 tonnes",
        "2026-01-21",
      ),
    ).toMatchObject({ verdict: "supported", partner: "WLD" });
  });
});
