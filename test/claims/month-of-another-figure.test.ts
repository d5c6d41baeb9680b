// "Exports to the US in November were 582 t, less than Germany's 1,118 tonnes in October but more
// than Japan's 305 tonnes": the month written next to Germany's figure dates that figure, and
// Japan's, with no month of its own, may be the sentence's November. Read as October's only, a true
// figure was contradicted; now the other month the sentence names leaves it in doubt.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets in 2025: to the US 656 t (October), 582 t (November); to Japan 226 t, 305 t; to Germany
// 1,118 t in October
describe("a figure whose month the sentence gives another figure", () => {
  it.each([
    [
      "Magnet exports to the US in November 2025 were 582 tonnes, less than Germany's 1,118 tonnes in October but more than Japan's 305 tonnes.",
      "305 tonnes",
    ],
    [
      "Japan's 305 tonnes of magnets in November 2025 was far below Germany's October figure of 1,118 tonnes and the US's 582 tonnes.",
      "582 tonnes",
    ],
  ])("is not contradicted on that month: %s", async (text, quote) => {
    const got = await claimAt(store, text, quote, "2025-12-21");
    expect(got?.verdict).toBe("unverifiable");
  });

  it("stays contradicted when a month is written next to it", async () => {
    const text =
      "Magnet exports to the US were 582 tonnes in November 2025, and Japan's were 305 tonnes in October.";
    const got = await claimAt(store, text, "305 tonnes", "2025-12-21");
    expect(got?.verdict).toBe("contradicted");
  });
});
