// Indonesian joins a span's months with "hingga" or "sampai" (until): "Sepanjang Januari hingga
// April". Unread, the four months' total was taken for April's level and left open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: January-April 2024 18,049.5 t, January-April 2025 18,962.3 t (+5.1%); April 2025 4,784.8 t
describe("an Indonesian span joined with hingga or sampai", () => {
  it.each(["hingga", "sampai"])("reads Januari %s April as the four months", async (joiner) => {
    const text = `Ekspor logam tanah jarang China pada April tercatat 4.784,8 ton. Sepanjang Januari ${joiner} April, ekspor mencapai 18.962,3 ton atau naik 5,1 persen secara tahunan.`;
    expect(await readingAt(store, text, "18.962,3 ton", "2025-05-09")).toMatchObject({
      verdict: "supported",
      series: "rare-earths",
      period: "2025-01..2025-04",
    });
    expect(await readingAt(store, text, "naik 5,1 persen", "2025-05-09")).toMatchObject({
      verdict: "supported",
      period: "2025-01..2025-04",
    });
  });
});
