// "In April-May, US-bound magnet cargoes briefly sank under 50 t": a level the words put at a
// moment inside a span ("briefly", "at one point", "as little as") is one month's, which one the
// words leave open; it is never the span's total, and, unsure of its month, never contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a level at a moment inside a span", () => {
  it.each([
    ["In April-May, US-bound magnet cargoes briefly sank under 50 t.", "under 50 t"],
    [
      "Magnet sales to the United States at one point dropped below 50 tonnes in May-June.",
      "below 50 tonnes",
    ],
    ["During April-June, magnet shipments to the US fell to as little as 46 t.", "46 t"],
  ])("is a month of the span: %s", async (text, quote) => {
    const r = await readingAt(store, text, quote, "2025-12-22");
    expect(r.verdict).toBe("supported");
    expect(r.period).toBe("2025-05");
  });

  it("is never contradicted when no month of the span fits", async () => {
    const text = "In April-May, US-bound magnet cargoes briefly sank under 30 t.";
    expect((await readingAt(store, text, "under 30 t", "2025-12-22")).verdict).toBe("unverifiable");
  });

  it("leaves a span's total alone when no moment is named", async () => {
    const text = "US-bound magnet cargoes totalled 292 t in April-May.";
    expect(await readingAt(store, text, "292 t", "2025-12-22")).toMatchObject({
      verdict: "supported",
      period: "2025-04..2025-05",
    });
  });
});
