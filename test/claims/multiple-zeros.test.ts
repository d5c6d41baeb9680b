// A multiple written with a decimal ("1.2 times the level a year earlier") is as precise as its own
// digits: x1.175 rounds to it. The +20% it is read as has a zero the words never wrote, so the rule
// that holds a round figure ("20%", "10,000 t") within a tenth of itself does not apply to it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a multiple with a decimal", () => {
  it("is borne out by a ratio that rounds to it", async () => {
    const text = "At 5,774 t, China's September magnet exports were 1.2 times the level of a year earlier.";
    expect((await readingAt(store, text, "1.2 times the level", "2025-10-22")).verdict).toBe("supported");
  });

  it("is still wrong when the ratio does not round to it", async () => {
    const text = "At 5,774 t, China's September magnet exports were 1.4 times the level of a year earlier.";
    expect((await readingAt(store, text, "1.4 times the level", "2025-10-22")).verdict).toBe("contradicted");
  });
});
