// Another text's figure or label reported in order to be set right: "the story called the total 'a
// record'. It was not.", "the spreadsheet's October row says 5,743 t. Customs published 5,473 t." The
// misstated figure is not the writer's statement of China's customs figures, so it is not checked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a figure reported to be set right", () => {
  it.each([
    [
      'Our Monday story called November\'s magnet total of 6,150 tonnes "a record". It was not.',
      '"a record"',
    ],
    [
      "The November 2025 row of the magnet spreadsheet says 5,914 t. Customs published 6,150 t, so the digits were mistyped.",
      "5,914 t",
    ],
    [
      "The same post also says magnet shipments to the United States jumped 11% from October to November 2025. In fact they fell by about that much, to 582 t.",
      "jumped 11%",
    ],
    [
      "A newsletter then gave Germany's October 2025 intake of magnets as 1,500 tonnes. Customs published 1,118 tonnes.",
      "1,500 tonnes",
    ],
    [
      "One widely shared post says magnet shipments to the United States climbed to 1,200 tonnes in November 2025; that is simply false.",
      "1,200 tonnes",
    ],
  ])("is not contradicted: %s", async (text, quote) => {
    const got = await verdictsOf(store, text, "2025-12-28");
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
    expect(
      got.find(([t]) => quote.includes(t) || t.includes(quote.replace(/"/g, "")))?.[1] ?? "none",
    ).not.toBe("supported");
  });

  it("keeps the figure the quoted label was given to", async () => {
    const got = await verdictsOf(
      store,
      'Our Monday story called November\'s magnet total of 6,150 tonnes "a record". It was not.',
      "2025-12-28",
    );
    expect(got).toContainEqual(["6,150 tonnes", "supported"]);
  });

  it("still contradicts the same figure stated as the writer's own", async () => {
    const got = await verdictsOf(
      store,
      "China's magnet exports reached 5,914 t in November 2025.",
      "2025-12-28",
    );
    expect(got).toContainEqual(["5,914 t", "contradicted"]);
  });
});
