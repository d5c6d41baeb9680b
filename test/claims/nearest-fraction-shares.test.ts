// "About a quarter" is a writer's rounding to the nearest fraction: of a share that is plainly a
// fifth (20.4%) it is wrong, though a quarter's doubled band would reach it; of 22.3% it holds.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("an approximate fraction of the total", () => {
  it("is wrong where another common fraction plainly is the share", async () => {
    const text = "In October roughly a quarter of China's rare-earth magnet exports went to Germany.";
    const quote = "roughly a quarter of China's rare-earth magnet exports";
    expect((await readingAt(store, text, quote, "2025-11-25")).verdict).toBe("contradicted");
  });

  it("holds where it is the nearest fraction", async () => {
    const text = "In September roughly a quarter of China's rare-earth magnet exports went to Germany.";
    const quote = "roughly a quarter of China's rare-earth magnet exports";
    expect((await readingAt(store, text, quote, "2025-10-25")).verdict).toBe("supported");
  });
});
