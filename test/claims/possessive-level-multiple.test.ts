// A multiple of "its level in May" or "their level of May" takes May as what it multiplies: the
// month dates the base, not the figure the sentence goes on to give ("reaching 353 tonnes" is
// June's). Read as the figure's own month, it contradicted a true June level against May's 46 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a multiple of its level in another month", () => {
  // magnets to the US: May 46 t, June 353 t (x7.7)
  const text =
    "Shipments of rare-earth magnets to the US in June climbed to more than seven times their level in May, reaching 353 tonnes.";

  it("reads the multiple against May and supports it", async () => {
    const c = await claimAt(store, text, "more than seven times their level", "2025-07-21");
    expect(c).toMatchObject({ kind: "change", partner: "USA", period: "2025-06", verdict: "supported" });
  });

  it("dates the level after it by the sentence's own month", async () => {
    const c = await claimAt(store, text, "353 tonnes", "2025-07-21");
    expect(c).toMatchObject({ kind: "level", partner: "USA", period: "2025-06", verdict: "supported" });
  });

  it("still contradicts a wrong level of the sentence's month", async () => {
    const wrong = text.replace("353 tonnes", "530 tonnes");
    const c = await claimAt(store, wrong, "530 tonnes", "2025-07-21");
    expect(c).toMatchObject({ period: "2025-06", verdict: "contradicted" });
  });
});
