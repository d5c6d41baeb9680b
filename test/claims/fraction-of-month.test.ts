// A fraction of a month's own level said with the month's possessive and its year ("less than a
// quarter of March 2025's level") is a change from that month; left unread, it went unchecked. A
// fraction of a month's total stays a share of that whole.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a fraction of a month's level", () => {
  it.each([
    ["Magnet exports sank to 1,238 t in May 2025, under a quarter of March 2025's level.", "supported"],
    ["Magnet exports sank to 1,238 t in May 2025, about half of March 2025's figure.", "contradicted"],
  ])("is a change from that month: %s", async (text, verdict) => {
    const got = await verdictsOf(store, text, "2025-07-01");
    expect(got.filter(([t]) => /quarter|half/.test(t)).map(([, v]) => v)).toEqual([verdict]);
  });
});
