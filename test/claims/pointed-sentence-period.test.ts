// "That's just shy of the 6,357 tons shipped in January": a sentence whose subject points back at the
// figure before goes on about that figure's month; the month it compares with is not what the next
// sentence speaks of. Before, "Shipments have rebounded from a low of 1,238 tons in May" took January
// as its month, and so read May as the May before it (2024).
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { periodsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string) => periodsOf(store, text, "2025-12-20");

describe("a sentence that points back at the figure before and compares it with another month", () => {
  it("leaves the next sentence on the figure's month, not the month compared with", async () => {
    const text =
      "Overseas sales of China's rare-earth magnets rose to 6,150 tons last month. That's just shy of the 6,357 tons shipped in January. Shipments have rebounded from a low of 1,238 tons in May.";
    expect(await read(text)).toEqual([
      ["rose", "2025-11", "supported"],
      ["6,150 tons", "2025-11", "supported"],
      ["6,357 tons", "2025-01", "supported"],
      ["rebounded", "2025-11", "supported"],
      ["1,238 tons", "2025-05", "supported"],
    ]);
  });

  it("keeps the month a sentence names for itself when its subject is its own", async () => {
    const text =
      "Overseas sales of China's rare-earth magnets rose to 6,150 tons last month. Exports in January were 6,357 tons. Shipments to the US that month were 877 tons.";
    expect((await read(text)).at(-1)).toEqual(["877 tons", "2025-01", "supported"]);
  });
});
