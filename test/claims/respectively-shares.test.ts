// Shares given in a row after a row of names, "respectively": every one of them is a share, the
// middle ones too ("Germany, the US and Japan made up 21.9%, 9.6% and 5.0% ..., respectively"), each
// the name's in the same place.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("shares in a row, respectively", () => {
  it.each([
    "Germany, South Korea and Japan accounted for 22.3%, 14.8% and 3.9% of China's magnet exports in September 2025, respectively.",
    "Germany, South Korea, Vietnam and Japan made up 22.3%, 14.8%, 7.9% and 3.9% respectively of the magnets China shipped in September 2025.",
  ])("reads and supports the middle items: %s", async (text) => {
    const got = await verdictsOf(store, text, "2025-10-25");
    expect(got).toContainEqual(["14.8%", "supported"]);
    if (text.includes("7.9%")) expect(got).toContainEqual(["7.9%", "supported"]);
    expect(got.filter(([, v]) => v !== "supported")).toEqual([]);
  });

  it("never contradicts a row of shares given out of order", async () => {
    const got = await verdictsOf(
      store,
      "Germany, South Korea and Japan accounted for 14.8%, 22.3% and 3.9% of China's magnet exports in September 2025, respectively.",
      "2025-10-25",
    );
    expect(got.length).toBe(3);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });
});
