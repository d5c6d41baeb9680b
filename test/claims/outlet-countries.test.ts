// A news outlet named with its country's possessive ("according to Japan's Nikkei", "South Korea's
// Yonhap news agency reported", "Taiwan's Central News Agency") says who reported the figure, not
// where the goods went: the figure stays China's total unless a destination is named for it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// November 2025: the total rose 12.4% from October, Japan's share rose 35%
describe("an outlet named with its country's possessive", () => {
  it("does not read the outlet's country as the destination after 'according to'", async () => {
    const text =
      "According to Japan's Nikkei, Chinese magnet shipments climbed 12.4% from October in November.";
    expect(await readingAt(store, text, "climbed 12.4%", "2025-12-22")).toMatchObject({
      partner: "WLD",
      verdict: "supported",
    });
  });

  it("does not when the outlet reports the figure with a verb", async () => {
    const text =
      "South Korea's Yonhap news agency said China's magnet exports rose 12.4% on the month in November.";
    expect((await readingAt(store, text, "rose 12.4%", "2025-12-22")).partner).toBe("WLD");
  });

  it("does not when the outlet is a news agency by its own name", async () => {
    const text = "Taiwan's Central News Agency reported China's magnet exports at 6,150 t in November.";
    expect((await readingAt(store, text, "6,150 t", "2025-12-22")).partner).toBe("WLD");
  });

  it("still reads a destination named for the figure beside the outlet", async () => {
    const text =
      "Japan's Kyodo News reported that China's magnet exports to Japan rose 35% from October in November.";
    expect(await readingAt(store, text, "rose 35%", "2025-12-22")).toMatchObject({
      partner: "JPN",
      verdict: "supported",
    });
  });

  it("keeps a country's own ministry as that country's statistics", async () => {
    const text =
      "According to Japan's Finance Ministry, imports of rare earths from China fell 72.4% in May.";
    expect((await readingAt(store, text, "fell 72.4%", "2025-06-30")).verdict).not.toBe("contradicted");
  });
});
