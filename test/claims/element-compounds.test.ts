// A single rare earth's oxide or metal ("neodymium oxide", "praseodymium metal", "samarium oxide")
// is a good the data keeps no series for: a figure said of it is not a magnet figure, so a fall or
// rise in its exports is neither supported nor contradicted by the magnets' months.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("one rare earth's oxide or metal", () => {
  it("does not support a fall of neodymium oxide by the magnets' fall", async () => {
    const text = "Overseas sales of neodymium oxide dropped to 150 t in May.";
    const r = await readingAt(store, text, "dropped", "2025-06-25");
    expect(r.verdict).toBe("unverifiable");
    expect(r.series).not.toBe("rare-earth-magnets");
  });

  it("does the same for praseodymium metal", async () => {
    const text = "China's praseodymium metal exports tumbled to 40 tonnes in May.";
    expect((await readingAt(store, text, "tumbled", "2025-06-25")).series).not.toBe("rare-earth-magnets");
  });

  it("still reads neodymium magnets as magnets", async () => {
    const text = "China's neodymium magnet exports dropped to 1,238 t in May.";
    expect(await readingAt(store, text, "1,238 t", "2025-06-25")).toMatchObject({
      series: "rare-earth-magnets",
      verdict: "supported",
    });
  });
});
