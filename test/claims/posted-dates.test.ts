// A calendar date with its day and year where a page says when it was posted or updated ("Posted 20
// October 2025 09:14 GMT:", "Thu, 20 Nov 2025", "Updated 5:10 PM, Jan 21, 2026"): it is not the month
// of the figures next to it, which were the month before's. Read as their month, a September figure
// posted on 20 October was contradicted as October's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a posting date with its day and year", () => {
  it.each([
    ["Posted 22 October 2025 07:30 GMT: magnet exports to Germany fell to 1,288 t, down 4%.", "2025-10-22"],
    ["Mon, 22 Dec 2025 10:05:00 GMT | Shipments of magnets to Japan rose 35% to 305 tonnes.", "2025-12-22"],
    ["Updated 4:45 PM, Sep 22, 2025: rare-earth exports dropped 3.4% to 5,791.8 tonnes.", "2025-09-22"],
  ])("does not date the figures beside it: %s", async (text, published) => {
    const got = await verdictsOf(store, text, published);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("leaves the month a figure's own clause names", async () => {
    const got = await verdictsOf(
      store,
      "Posted 22 December 2025 08:00 GMT: magnet exports were 6,150 t in November, 582 t of them to the US.",
      "2025-12-22",
    );
    expect(got).toContainEqual(["6,150 t", "supported"]);
    expect(got).toContainEqual(["582 t", "supported"]);
  });
});
