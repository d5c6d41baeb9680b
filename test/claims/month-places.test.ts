// A month's place among the months of a year said the way columnists and hosts say it ("we make it
// fourth among the months of 2025", "sixth of the eleven months so far this year", "the sixth-biggest
// month we've had this year"), and a month beating every month of a window ("higher than in every
// month since August"), checked on the reference data. Rare earths 2025: June 7,742.2 t, July
// 5,994.3 t, May 5,864.6 t, August 5,791.8 t, March 5,666.3 t, November 5,493.9 t.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month's place among the months of a year", () => {
  it.each([
    [
      "Magnet exports came to 5,952 t in December. We make it fourth among the months of 2025.",
      "make it fourth among the months of 2025",
      "2026-01-20",
      "supported",
    ],
    [
      "Magnet exports came to 5,952 t in December; we make it third among the months of 2025.",
      "make it third among the months of 2025",
      "2026-01-20",
      "contradicted",
    ],
    [
      "At 5,493.9 t, November rare-earth exports ranked sixth of the eleven months so far this year.",
      "ranked sixth of the eleven months so far this year",
      "2025-12-20",
      "supported",
    ],
    [
      "At 5,493.9 t, November rare-earth exports were the sixth-biggest month we've had this year.",
      "sixth-biggest month we've had this year",
      "2025-12-20",
      "supported",
    ],
    [
      "At 5,493.9 t, November rare-earth exports were the fifth-biggest month we've had this year.",
      "fifth-biggest month we've had this year",
      "2025-12-20",
      "contradicted",
    ],
  ])("%s", async (text, quote, published, verdict) => {
    expect((await readingAt(store, text, quote, published)).verdict).toBe(verdict);
  });
});

describe("a month beating every month of a window", () => {
  it.each([
    [
      "Rare-earth exports rose to 5,493.9 t in November, higher than in every month since August.",
      "supported",
    ],
    [
      "Rare-earth exports rose to 5,493.9 t in November, higher than in all the months since July.",
      "contradicted",
    ],
  ])("%s", async (text, verdict) => {
    const quote = /higher than in (?:every|all the) months? since/.exec(text)![0];
    expect((await readingAt(store, text, quote, "2025-12-20")).verdict).toBe(verdict);
  });
});

describe("a month that topped every month of a year except those named", () => {
  it.each([
    ["Magnet exports in November, at 6,150 t, topped every month this year except January.", "supported"],
    ["Magnet exports in September, at 5,774 t, topped every month this year except January.", "contradicted"],
  ])("%s", async (text, verdict) => {
    const quote = /topped every month this year except January/.exec(text)![0];
    expect((await readingAt(store, text, quote, "2025-12-20")).verdict).toBe(verdict);
  });
});
