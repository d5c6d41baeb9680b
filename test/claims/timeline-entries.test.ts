// A timeline sets one fact per line, each led by its date ("June 2025 - A recovery begins: 3,188 t").
// An entry that names no destination is the total's, not the destination the entry before it named:
// "shipments to the United States drop to 46 t" in May's entry left June's 3,188 t and its multiple
// of May read as the US's, and the multiple was called supported against the US's own rise.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { cellAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const published = "2026-02-01";
const entries = (sep: string) =>
  [
    "Magnet exports month by month",
    "",
    `April 2025${sep}Shipments fall to 2,626 t, about half of March's.`,
    `May 2025${sep}Exports sink to 1,238 t, and shipments to the United States drop to 46 t.`,
    `June 2025${sep}A recovery begins: 3,188 t, more than two and a half times May's total.`,
  ].join("\n");

describe("a timeline's entries, each led by its date", () => {
  it.each([" - ", " – ", ": "])(
    "start fresh after a destination the entry before named (%j)",
    async (sep) => {
      const text = entries(sep);
      expect(await cellAt(store, text, "3,188 t", published)).toEqual([
        "level",
        "rare-earth-magnets",
        "WLD",
        "2025-06",
        3188,
        "supported",
      ]);
      expect(await cellAt(store, text, "more than two and a half times May's total", published)).toEqual([
        "change",
        "rare-earth-magnets",
        "WLD",
        "2025-06",
        150,
        "supported",
      ]);
      // the entry that names the US keeps it
      expect(await cellAt(store, text, "46 t", published)).toEqual([
        "level",
        "rare-earth-magnets",
        "USA",
        "2025-05",
        46,
        "supported",
      ]);
    },
  );

  it("leaves a date with its day to the event, not to the figures after it", async () => {
    const text = [
      "Magnet exports: the autumn in dates",
      "",
      "21 Nov - shipments to Japan came to 226 t in October, down from 228 t.",
      "22 Dec - exports rose 12.4% on the month to 6,150 t in November.",
    ].join("\n");
    expect(await cellAt(store, text, "rose 12.4%", published)).toEqual([
      "change",
      "rare-earth-magnets",
      "WLD",
      "2025-11",
      12.4,
      "supported",
    ]);
  });
});
