// A year named as a fiscal year ("FY2025", "FY25", "fiscal 2025") or as the subject of "ended with"
// ("2025 ended with exports at ...") is a full year. China's fiscal year is the calendar year, so the
// calendar total can bear such a figure out; but India's and Japan's run April to March, so a figure
// the calendar year does not bear out is unverifiable, never contradicted, unless the sentence says
// it is the calendar year or gives a tonnage the calendar year bears out. Before, "FY25" and "fiscal 2025" went unread (no period), "2025 ended
// with" was read as December's, and "in FY2025" was contradicted against the calendar total.
import { describe, expect, it } from "vitest";
import { readingAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const YEAR_2025 = "2025-01..2025-12";

describe("a fiscal year", () => {
  it.each([
    ["Chinese rare-earth magnet exports for FY25 reached 57.4kt.", "57.4kt"],
    ["In fiscal 2025 China exported 57,392 metric tons of rare-earth magnets.", "57,392 metric tons"],
    ["Rare-earth magnet shipments from China totalled 57,392 t in FY 2025.", "57,392 t"],
  ])("is read as the calendar year when that bears it out: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2026-04-10")).toMatchObject({
      verdict: "supported",
      period: YEAR_2025,
    });
  });

  it.each([
    ["Chinese rare-earth magnet exports for FY25 reached 61.0kt.", "61.0kt"],
    ["In fiscal 2025 China exported 60,900 metric tons of rare-earth magnets.", "60,900 metric tons"],
    ["Rare-earth magnet shipments from China totalled 61,020 t in FY2025.", "61,020 t"],
  ])("is never contradicted as the calendar year: %s", async (text, quote) => {
    expect(await readingAt(store, text, quote, "2026-05-10")).toMatchObject({
      verdict: "unverifiable",
      period: YEAR_2025,
    });
  });

  it("is the calendar year when the sentence's own tonnage is the calendar year's", async () => {
    const text = "FY2025 rare-earth magnet exports: 57,392t, a record.";
    expect((await readingAt(store, text, "a record", "2026-01-21")).verdict).toBe("contradicted");
    const alone = "FY2025 rare-earth magnet exports set a record.";
    expect((await readingAt(store, alone, "a record", "2026-01-21")).verdict).toBe("unverifiable");
  });

  it("is contradicted when the sentence says it is the calendar year", async () => {
    const text = "Rare-earth magnet shipments from China totalled 61,020 t in FY2025 (January-December).";
    expect((await readingAt(store, text, "61,020 t", "2026-05-10")).verdict).toBe("contradicted");
  });
});

describe("a year that ended with a figure", () => {
  it("is that full year, not its last month", async () => {
    const right = "Then 2025 ended with China's rare-earth exports at a record 62,585 tonnes.";
    expect(await readingAt(store, right, "62,585 tonnes", "2026-01-25")).toMatchObject({
      verdict: "supported",
      period: YEAR_2025,
    });
    const wrong = "So 2025 closed with China's rare-earth exports at 58,193 tonnes.";
    expect(await readingAt(store, wrong, "58,193 tonnes", "2026-01-25")).toMatchObject({
      verdict: "contradicted",
      period: YEAR_2025,
    });
  });
});
