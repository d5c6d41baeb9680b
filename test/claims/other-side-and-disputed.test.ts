// Figures that are not China's customs statement: the other side's own records labelled by their
// side ("Japan-side data:", "On the Korean side, ..."), a note the sentence says confuses two grades,
// what a questioner was told when the answer opens on a speaker's turn and a vocative ("MS. DIAZ:
// No, Congresswoman, that is not ..."), and an abbreviated estimate ("Desk est. Nov ~6.0kt").
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("the other side's own records, labelled by their side", () => {
  it.each([
    "Japan-side data: the Ministry of Finance recorded 399 t of magnet imports from China in November.",
    "On the Korean side, trade figures put November magnet purchases from China at 640 t.",
  ])("does not check %s as China's export figure", async (text) => {
    const verdicts = await verdictsOf(store, text, "2025-12-24");
    expect(verdicts.length).toBeGreaterThan(0);
    for (const [, v] of verdicts) expect(v).toBe("unverifiable");
  });
});

describe("a note the sentence says confuses two grades", () => {
  it("does not check the figure the note gives", async () => {
    const text =
      "A buyer's memo that spherical graphite exports reached 2,295 t in February 2024 confuses the two grades.";
    expect(await verdictsOf(store, text, "2024-03-25")).toEqual([["2,295 t", "unverifiable"]]);
  });
});

describe("a denial that opens on a speaker's turn and a vocative", () => {
  it("does not check what the questioner was told", async () => {
    const text =
      "REP. OKAFOR: A lobbyist told me October magnet exports were under 2,000 tonnes.\nMS. DIAZ: No, Congresswoman, that is not what the customs data show.";
    expect(await verdictsOf(store, text, "2025-11-25")).toEqual([["under 2,000 tonnes", "unverifiable"]]);
  });
});

describe("an abbreviated estimate", () => {
  it("is not checked as a reported figure", async () => {
    const text = "Oct magnet exp 5,473t. Desk est. Nov ~6.0kt.";
    const verdicts = await verdictsOf(store, text, "2025-11-25");
    expect(verdicts.find(([words]) => words.includes("6.0kt"))?.[1]).toBe("unverifiable");
    expect(verdicts.find(([words]) => words.includes("5,473t"))?.[1]).toBe("supported");
  });
});
