// A rank's window said from a month a level was last seen in ("a level not seen since January
// 2025", "a low not seen since June") or from a policy whose month follows it or carries its year
// ("since the licensing rules of April 2025", "since the export rules kicked in back in April",
// "since the October 2025 restrictions were announced"), checked on the reference data.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const ranks = async (text: string, published: string) =>
  (await verdictsOf(store, text, published)).filter(([w]) => /since/.test(w ?? ""));

// Magnet exports 2025: Jan 6,357, Apr 2,626, May 1,238, Jun 3,188, Jul 5,577, Aug 6,146, Sep 5,774,
// Oct 5,473, Nov 6,150, Dec 5,952 t
describe("a level not seen since a month", () => {
  it("is supported when that month was beyond it and none after it was", async () => {
    expect(
      await ranks(
        "China's magnet exports climbed to 6,150 t in November 2025, a level not seen since January 2025.",
        "2025-12-20",
      ),
    ).toEqual([["a level not seen since", "supported"]]);
    expect(
      await ranks(
        "Magnet exports sank to 5,473 t in October 2025, a low not seen since June 2025.",
        "2025-11-20",
      ),
    ).toEqual([["a low not seen since", "supported"]]);
  });

  it("is contradicted when the month named was well short of it", async () => {
    // September's 5,774 t was below November's 6,150 t; August's 6,146 t above October's 5,473 t
    expect(
      await ranks(
        "China's magnet exports climbed to 6,150 t in November 2025, a level not seen since September 2025.",
        "2025-12-20",
      ),
    ).toEqual([["a level not seen since", "contradicted"]]);
    expect(
      await ranks(
        "Magnet exports sank to 5,473 t in October 2025, a low not seen since August 2025.",
        "2025-11-20",
      ),
    ).toEqual([["a low not seen since", "contradicted"]]);
  });

  it("is not contradicted by a month that was about the same level", async () => {
    // August's 6,146 t is November's level in a reader's eyes, though a little below it
    expect(
      await ranks(
        "China's magnet exports climbed to 6,150 t in November 2025, a level not seen since August 2025.",
        "2025-12-20",
      ),
    ).toEqual([["a level not seen since", "unverifiable"]]);
  });

  it("is left unread when nothing says whether the level was high or low", async () => {
    expect(
      await ranks("Magnet exports were 5,473 t in October 2025, a level not seen since June.", "2025-11-20"),
    ).toEqual([]);
  });
});

describe("a window from a policy whose month follows it or carries its year", () => {
  it("reads the month after the policy's words", async () => {
    expect(
      await ranks(
        "China's magnet exports in August 2025, at 6,146 t, were the highest since the licensing rules of April 2025.",
        "2025-09-20",
      ),
    ).toEqual([["highest since", "supported"]]);
    // August's 6,146 t came after April and beat September's 5,774 t
    expect(
      await ranks(
        "China's magnet exports reached 5,774 t in September 2025, the highest since the export rules kicked in back in April.",
        "2025-10-20",
      ),
    ).toEqual([["highest since", "contradicted"]]);
  });

  it("reads a year between the policy's month and its name", async () => {
    // November's 6,150 t is the only month after October above December's 5,952 t
    expect(
      await ranks(
        "China's magnet exports in December 2025 were the second-strongest month since the October 2025 restrictions were announced.",
        "2026-01-20",
      ),
    ).toEqual([["second-strongest month since", "supported"]]);
    expect(
      await ranks(
        "China's magnet exports in December 2025 were the strongest month since the October 2025 restrictions were announced.",
        "2026-01-20",
      ),
    ).toEqual([["strongest month since", "contradicted"]]);
  });
});

describe("a window counted from the month named before it", () => {
  it("reads 'since then' as the month the text just named", async () => {
    expect(
      await ranks(
        "Magnet shipments from China stood at 6,357 t in January 2025. At 6,146 t, August's were the highest since then.",
        "2025-09-25",
      ),
    ).toEqual([["highest since", "supported"]]);
    expect(
      await ranks(
        "China shipped 6,357 t of rare-earth magnets in January 2025, and November's 6,150 t was the highest since then.",
        "2025-12-22",
      ),
    ).toEqual([["highest since", "supported"]]);
  });

  it("never contradicts when the month comes from an earlier sentence", async () => {
    // March 2025 5,324 t was below August's 6,146 t: wrong, but the month is only carried over
    expect(
      await ranks(
        "Magnet exports from China were 5,324 t in March 2025. August's 6,146 t was the highest since then.",
        "2025-09-25",
      ),
    ).toEqual([["highest since", "unverifiable"]]);
  });
});

describe("a window since the data were first published", () => {
  it.each([
    "China's magnet exports sank to 1,238 t in May 2025, the lowest since comparable data became available.",
    "China's magnet exports sank to 1,238 t in May 2025, the lowest since comparable figures were first published.",
  ])("is the whole record: %s", async (text) => {
    expect(await ranks(text, "2025-06-25")).toEqual([[expect.stringContaining("lowest since"), "supported"]]);
  });

  it("is contradicted by a higher month on record", async () => {
    expect(
      await ranks(
        "China's magnet exports reached 6,150 t in November 2025, the highest since comparable data became available.",
        "2025-12-22",
      ),
    ).toEqual([[expect.stringContaining("highest since"), "contradicted"]]);
  });
});

describe("every month of a year beaten but one", () => {
  // magnets 2025: January 6,357 t, November 6,150 t, August 6,146 t
  it.each([
    ["China's magnet exports in November 2025 topped every other month of 2025 but one.", "supported"],
    ["China's magnet exports in November 2025 beat all other months of the year but two.", "unverifiable"],
    ["China's magnet exports in September 2025 topped every other month of 2025 but one.", "contradicted"],
  ])("ranks it one after the months not beaten: %s", async (text, verdict) => {
    const got = (await verdictsOf(store, text, "2026-01-25")).filter(([w]) => /but/.test(w ?? ""));
    expect(got.map(([, v]) => v)).toEqual([verdict]);
  });
});
