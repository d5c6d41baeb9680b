// A rank whose subject is a month named at the head of its clause ("May itself had been the highest
// since May 2024", "May alone was the lowest in the data") is that month's rank, not the month the
// sentence before spoke of; "May" followed by "itself" or "alone" is the month, never the verb.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: May 2025 5,864.6 t (the highest since May 2024's 6,217 t), June 2025 7,742.2 t;
// magnets: May 2025 1,238 t (the lowest month held), June 2025 3,188 t
describe("a rank said of the month that opens its clause", () => {
  it.each([
    [
      "Rare-earth shipments from China jumped to 7,742.2 t in June 2025. May itself had been the highest since May 2024.",
      "highest since",
    ],
    [
      "China's magnet exports climbed back to 3,188 t in June 2025. May alone was the lowest in the data.",
      "lowest in the data",
    ],
    [
      "China's magnet exports climbed back to 3,188 t in June 2025, while May was also the lowest in the data.",
      "lowest in the data",
    ],
  ])("ranks that month: %s", async (text, quote) => {
    const got = await periodsOf(store, text, "2025-07-25");
    expect(got.find(([t]) => t === quote)?.[1]).toBe("2025-05");
  });
});
