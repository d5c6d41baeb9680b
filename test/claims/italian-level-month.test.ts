// Italian dates a level with "di" and the month: "rispetto alle 5.791,8 tonnellate di agosto". The
// level's words took "ad", "a" and "nel" but not "di", so August's figure was read on the story's
// September and left open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: August 2025 5,791.8 t, September 4,000.3 t (-30.9%)
describe("an Italian level dated with di", () => {
  const text =
    "Le esportazioni cinesi di terre rare sono scese a settembre a 4.000,3 tonnellate, quasi il 31% in meno rispetto alle 5.791,8 tonnellate di agosto.";

  it("reads the level on the month after di", async () => {
    expect(await readingAt(store, text, "5.791,8 tonnellate", "2025-10-13")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-08",
    });
  });

  it("keeps the month's own level and change", async () => {
    expect(await readingAt(store, text, "4.000,3 tonnellate", "2025-10-13")).toMatchObject({
      verdict: "supported",
      period: "2025-09",
    });
    expect(await readingAt(store, text, "il 31% in meno", "2025-10-13")).toMatchObject({
      verdict: "supported",
    });
  });
});
