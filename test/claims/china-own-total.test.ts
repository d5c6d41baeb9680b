// China named as the one exporting ("China shipped 51,440 t of magnets", "China's total magnet
// exports were ...") and no destination in the clause: the figure is China's total, whatever
// destination the sentence before spoke of. Reading it as possibly that destination's kept a wrong
// total from being called wrong. A clause that names its own destination, or points back ("there"),
// is left as it was read.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// magnets: January-November 2025 51,440 t; November 2025 6,150 t; to Japan November 305 t, October
// 226 t; to South Korea October 569 t; none held for Mexico
describe("China as the exporter, no destination in the clause", () => {
  it.each([
    [
      "Buyers in Japan received 305 tonnes of Chinese magnets in November. From January to November, China shipped 53,410 tonnes of magnets.",
      "53,410 tonnes",
      "contradicted",
      "2025-01..2025-11",
    ],
    [
      "Buyers in Japan received 305 tonnes of Chinese magnets in November. From January to November, China shipped 51,440 tonnes of magnets.",
      "51,440 tonnes",
      "supported",
      "2025-01..2025-11",
    ],
    [
      "Chinese magnet shipments to Mexico bounce back\n\nMexico received 90 tonnes of Chinese magnets in November, its most this year.\n\nChina's total magnet exports in November came to 6,510 tonnes.",
      "6,510 tonnes",
      "contradicted",
      "2025-11",
    ],
    [
      "Chinese magnet shipments to Mexico bounce back\n\nMexico received 90 tonnes of Chinese magnets in November, its most this year.\n\nChina's total magnet exports in November came to 6,150 tonnes.",
      "6,150 tonnes",
      "supported",
      "2025-11",
    ],
  ])("is the total's: %s", async (text, quote, verdict, period) => {
    expect(await readingAt(store, text, quote, "2025-12-22")).toEqual({
      verdict,
      series: "rare-earth-magnets",
      partner: "WLD",
      period,
    });
  });

  it("keeps a destination the clause names itself", async () => {
    const got = await readingAt(
      store,
      "Magnet exports to South Korea sank to 569 tonnes in October. China also shipped 226 tonnes of magnets to Japan in October.",
      "226 tonnes",
      "2025-12-22",
    );
    expect(got).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "JPN",
      period: "2025-10",
    });
  });

  it("never contradicts a figure that points back at the destination", async () => {
    const got = await readingAt(
      store,
      "Japan was the market to watch in November. China shipped 350 tonnes of magnets there that month.",
      "350 tonnes",
      "2025-12-22",
    );
    expect(got.verdict).not.toBe("contradicted");
  });
});

describe("under a heading that names a destination", () => {
  it("still reads China exporting as possibly that destination's", async () => {
    const got = await readingAt(
      store,
      "India:\nChina shipped 150 tonnes of magnets in May.",
      "150 tonnes",
      "2025-12-22",
    );
    expect(got).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "IND",
      period: "2025-05",
    });
  });

  it("reads China's total, said so, as the total", async () => {
    const got = await readingAt(
      store,
      "India:\nChina's total magnet exports in May were 1,283 tonnes.",
      "1,283 tonnes",
      "2025-12-22",
    );
    expect(got).toEqual({
      verdict: "contradicted",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-05",
    });
  });
});
