// A text that names the previous month as the base of its months' changes ("up 12.4% month on
// month") and the year before for its year-to-date total ("January to November, down 2% year on
// year") still has one habit for its months: a month's change whose base goes unnamed follows it,
// since a span is always set against the same span a year before.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a month's change beside a year-to-date change on the year", () => {
  const text =
    "China's magnet exports in November were 6,150 tonnes, up 12.4% month on month; exports to Japan were 305 tonnes, up 53%. From January to November magnet exports totalled 51,440 tonnes, down 2% year on year.";

  it("reads the unnamed base as the month before, as the text's other month does", async () => {
    const got = await verdictsOf(store, text, "2025-12-21");
    expect(got).toContainEqual(["up 53%", "contradicted"]);
    expect(got).toContainEqual(["up 12.4%", "supported"]);
  });

  it("supports the same change stated right", async () => {
    const got = await verdictsOf(store, text.replace("up 53%", "up 35%"), "2025-12-21");
    expect(got).toContainEqual(["up 35%", "supported"]);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });
});
