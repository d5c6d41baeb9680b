// A month named only to compare with ("For comparison, in May ...", "Still well under January's
// 6,357 t", "against 226 t in October") dates the figure set against, not what the text goes on to
// speak of: the next sentence's figure keeps the month named before it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

// magnets, 2025: October 5,473 t (US 656 t, Germany 1,118 t); November 6,150 t (Japan 305 t, US 582 t)
describe("a month named only to compare with", () => {
  it.each([
    [
      "2025-11-20",
      "Magnet exports climbed to 5,473 t in October. For comparison, in May shipments were just 1,238 t. Exports to the US came to 656 t.",
      "656 t",
      "2025-10",
    ],
    [
      "2025-12-20",
      "Outbound magnet volumes hit 6,150 tonnes in November. Still well under January's 6,357 t, the total leaned on a few buyers. Japan bought 305 tonnes.",
      "305 tonnes",
      "2025-11",
    ],
    [
      "2025-12-22",
      "China's magnet exports reached 6,150 t in November. Japan took more, with 305 t against 226 t in October. The US received 582 t.",
      "582 t",
      "2025-11",
    ],
    [
      "2025-11-21",
      "Magnet shipments abroad totalled 5,473 tonnes in October. By way of comparison, March brought 5,324 tonnes. Germany took 1,118 tonnes.",
      "1,118 tonnes",
      "2025-10",
    ],
  ])("does not date the next sentence's figure (%s): %s", async (published, text, words, month) => {
    const claims = (await verifyClaims(store, text, { published })).claims;
    const last = claims.find((c) => c.text === words);
    expect([last?.period, last?.verdict]).toEqual([month, "supported"]);
  });
});
