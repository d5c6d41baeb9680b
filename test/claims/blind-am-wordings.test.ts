// Wordings a blind batch (am: statistics bulletins, transcripts, circulars, filings, tickers and
// threads) showed read wrong.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("a base word set as an adjective on the change's noun", () => {
  it("belongs to that change, not to the change before it", async () => {
    const text =
      "Rare-earth exports came to 4,392 tonnes in December 2025, a month-on-month decrease of 20.1 per cent and a year-on-year increase of 32.1 per cent.";
    const fall = await claimAt(store, text, "decrease of 20.1 per cent", "2026-01-15");
    expect(fall).toMatchObject({ kind: "change", period: "2025-12", verdict: "supported" });
    expect(fall?.stated).toMatchObject({ pct: -20.1, basis: "mom" });
    const rise = await claimAt(store, text, "increase of 32.1 per cent", "2026-01-15");
    expect(rise?.stated).toMatchObject({ pct: 32.1, basis: "yoy" });
    expect(rise?.verdict).toBe("supported");
  });

  it("leaves the change before it its own base, not the adjective's", async () => {
    const text = "Magnet exports fell 5.2% to 5,473 t in October 2025, a year-on-year rise of 15.8%.";
    const fall = await claimAt(store, text, "fell 5.2%", "2025-11-21");
    expect(fall?.stated).toMatchObject({ pct: -5.2, basis: "mom" });
    expect(fall?.verdict).toBe("supported");
    const rise = await claimAt(store, text, "rise of 15.8%", "2025-11-21");
    expect(rise).toMatchObject({ period: "2025-10", verdict: "supported" });
  });
});
