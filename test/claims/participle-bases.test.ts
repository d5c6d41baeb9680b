// "Sales to Japan climbed 35% in November to 305 t, recovering from their June low of 131 t": a
// base named after a comma and a verb in -ing ("recovering from", "bouncing back from") is where
// that recovery ran from, not for certain the base of the change before it. The change keeps the
// base its own words give (none: the month before, as usual), and the later month stays a reading.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a base named by a later -ing clause", () => {
  it.each([
    [
      "Sales of magnets to Japan climbed 35% in November to 305 t, recovering from the June low of 131 t.",
      "climbed 35%",
      "2025-12-22",
    ],
    [
      "Outbound magnet volumes leapt 75% in July to 5,577 t, bouncing back from May's trough of 1,238 t.",
      "leapt 75%",
      "2025-08-22",
    ],
    [
      "US-bound magnet cargoes grew 75.5% in July to 619 t, rebounding strongly from the May trough of 46 t.",
      "grew 75.5%",
      "2025-08-22",
    ],
  ])("keeps the month before as the base: %s", async (text, quote, published) => {
    expect((await readingAt(store, text, quote, published)).verdict).toBe("supported");
  });

  it("still supports a change that the later month bears out", async () => {
    const text = "Magnet shipments rose 93% in August to 6,146 t, climbing from a June level of 3,188 t.";
    expect((await readingAt(store, text, "rose 93%", "2025-09-22")).verdict).toBe("supported");
  });

  it("still contradicts a change that no reading bears out", async () => {
    const text = "Magnet shipments rose 50% in August to 6,146 t, climbing from a June level of 3,188 t.";
    expect((await readingAt(store, text, "rose 50%", "2025-09-22")).verdict).toBe("contradicted");
  });

  it("still reads a base written with the change itself", async () => {
    const text = "US-bound magnet cargoes were up 1,246% in July from May's 46 t, reaching 619 t.";
    expect((await readingAt(store, text, "up 1,246%", "2025-08-22")).verdict).toBe("supported");
  });
});
