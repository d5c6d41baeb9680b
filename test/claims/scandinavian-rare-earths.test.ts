// "sjeldne jordarter" (Norwegian), "sjældne jordarter" (Danish), "sällsynta jordartsmetaller"
// (Swedish) name rare earths: a figure beside them is the customs total of rare earths, not the
// magnets' figure it was taken for when no product was named.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("rare earths named in a Scandinavian language", () => {
  it.each([
    ["Kinas eksport av sjeldne jordarter var 5.666 tonn i mars.", "5.666 tonn"],
    ["Kinas eksport af sjældne jordarter var 5.666 tonn i mars.", "5.666 tonn"],
  ])("reads the rare-earths series: %s", async (text, quote) => {
    // rare earths, March 2025: 5,666.3 t
    expect(await readingAt(store, text, quote, "2025-04-14")).toMatchObject({
      series: "rare-earths",
      period: "2025-03",
    });
  });
});
