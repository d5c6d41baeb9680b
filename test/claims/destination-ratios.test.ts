// A percentage or multiple taken of another destination's figure in the same month ("91% more than
// Japan", "nearly five times as much as went to Germany", "1.6 times those to India", "48% below the
// US"): a ratio of the two destinations' tonnages, checked as such on the reference data. It is
// never read as a change over time of the first, and never called wrong, since the words also allow
// a change over time ("87% more than ..." after a month's figure).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string, published: string) => verdictsOf(store, text, published);
/** The verdict on the ratio's words, which the test names by a fragment. */
async function ratio(text: string, published: string, words: RegExp) {
  return (await verdicts(text, published)).filter(([w]) => words.test(w)).map(([, v]) => v);
}

describe("a ratio between two destinations of one month", () => {
  // November 2025: US 582 t, Japan 305 t; October: world 5,473 t, Germany 1,118 t, US 656 t,
  // India 416 t, Japan 226 t; September: Germany 1,288 t, Korea 854 t, Vietnam 456 t
  it.each([
    ["US purchases of Chinese rare-earth magnets in November were 91% more than Japan's.", "2025-12-20"],
    ["In November the US took 90% more Chinese rare-earth magnets than Japan did.", "2025-12-20"],
    ["Magnet shipments to Japan in November were 305 t, 48% below the US.", "2025-12-20"],
    [
      "China shipped 5,473 t of rare-earth magnets in October, about 390% more than went to Germany.",
      "2025-11-25",
    ],
    ["China's rare-earth magnet exports to the US in October were 1.6 times those to India.", "2025-11-25"],
    [
      "China's rare-earth magnet exports to the US in October were three times what went to Japan.",
      "2025-11-25",
    ],
    [
      "Exports of rare-earth magnets to the US in October were about 40% lower than those to Germany.",
      "2025-11-25",
    ],
    [
      "Germany's purchases of Chinese rare-earth magnets in September were 51% more than Korea's.",
      "2025-10-25",
    ],
    [
      "China's rare-earth magnet exports to the US were 582 t in November, nearly double the 305 t sent to Japan.",
      "2025-12-20",
    ],
  ])("is supported when the two tonnages bear it out: %s", async (text, published) => {
    expect(await ratio(text, published, /%|times|double|below/)).toEqual(["supported"]);
  });

  it.each([
    // the world total against Germany is x4.9, not +20%; the US against Germany -41%, not -10%
    ["China shipped 5,473 t of rare-earth magnets in October, 20% more than went to Germany.", "2025-11-25"],
    ["The US took 656 t of magnets in October, 10% less than Germany.", "2025-11-25"],
    ["Magnet shipments to Japan in November were 305 t, 10% below the US.", "2025-12-20"],
    ["In November the US took 30% more Chinese rare-earth magnets than Japan did.", "2025-12-20"],
  ])("is neither supported nor contradicted when they do not: %s", async (text, published) => {
    expect(await ratio(text, published, /%|times|double|below|less/)).toEqual(["unverifiable"]);
  });

  it("is not a share of the total", async () => {
    // the US's 656 t is 59% of Germany's 1,118 t, while Germany's share of the total is 20.4%
    const found = await verdicts(
      "Exports of rare-earth magnets to the US in October were about 60% of the German volume.",
      "2025-11-25",
    );
    expect(found.filter(([, v]) => v === "contradicted")).toEqual([]);
  });

  it("still reads a change over time against a month", async () => {
    expect(
      await ratio(
        "Magnet exports to the US in October were 56% higher than in September.",
        "2025-11-25",
        /%/,
      ),
    ).toEqual(["supported"]);
    expect(
      await ratio("Magnet exports to the US rose 56% in October, more than to Japan.", "2025-11-25", /%/),
    ).toEqual(["supported"]);
  });
});

describe("a fraction or percentage of another destination's amount", () => {
  // November 2025: Japan 305 t, US 582 t (52.4%); October: Japan 226 t, US 656 t (34.5%)
  it.each([
    "Exports of rare-earth magnets to Japan in November 2025 were about half the amount that went to the US.",
    "Exports of rare-earth magnets to Japan in November 2025 were roughly half as much as the US.",
    "Exports of rare-earth magnets to Japan in November 2025 were about half of those to the US.",
    "Exports of rare-earth magnets to Japan in November 2025 were about half the US volume.",
    "Exports of rare-earth magnets to Japan in November 2025 were about 52% of those to the US.",
    "Exports of rare-earth magnets to Japan in October 2025 were about a third of the volume shipped to the US.",
  ])("is the ratio of the two tonnages, supported: %s", async (text) => {
    expect(await ratio(text, "2026-01-20", /half|third|%/)).toEqual(["supported"]);
  });

  it.each([
    [
      "Exports of rare-earth magnets to Japan in October 2025 were about half the amount that went to the US.",
      "about half the amount",
    ],
    [
      "Exports of rare-earth magnets to Japan in November 2025 were about a third of the volume shipped to the US.",
      "about a third of the volume",
    ],
  ])("is left open when the two do not bear it out, never a share of the total: %s", async (text, words) => {
    expect(await verdicts(text, "2026-01-20")).toEqual([[words, "unverifiable"]]);
  });

  it("is read against the destination whose tonnage it names, not as a change over time", async () => {
    // Japan's 305 t is 52% of the US's 582 t; as a change on October's 226 t it would be +35%
    expect(
      await ratio(
        "Rare-earth magnet shipments to Japan in November came to 52% of the US tonnage.",
        "2025-12-20",
        /%/,
      ),
    ).toEqual(["supported"]);
  });

  it.each([
    "Rare-earth magnet shipments to Japan in November were roughly half the volume destined for the United States.",
    // an ordinal alone is a rank, and what the EU demands is not what it took
    "Magnets to Vietnam in October came to 444 t, and Vietnam was fourth behind Germany, the US and Korea.",
    "Japan's magnet purchases in November were small, some 20% of the EU's demand.",
  ])("is no change over time where the other destination is not read: %s", async (text) => {
    const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(claims.filter((c) => c.kind === "change").map((c) => c.text)).toEqual([]);
  });
});

describe("a ratio between two products of one month", () => {
  // October 2025: magnets 5,473 t, rare earths 4,343.5 t (x1.26)
  it("is supported when the two tonnages bear it out", async () => {
    expect(
      await ratio(
        "China's rare-earth magnet exports in October were about 26% higher than its exports of rare earths.",
        "2025-11-25",
        /%/,
      ),
    ).toEqual(["supported"]);
  });

  it("is never read as the first product's change over time, nor called wrong", async () => {
    expect(
      await ratio(
        "Magnet exports of 5,473 t in October were 60% more than rare-earth exports.",
        "2025-11-25",
        /%/,
      ),
    ).toEqual(["unverifiable"]);
  });

  it.each([
    "Japan received 305 t of magnets in November, roughly half of what went to Freedonia.",
    "Japan received 305 t of magnets in November, a third of the volume shipped to the Gulf states.",
    "Japan received 305 t of magnets in November, about a tenth of those bound for the Baltics.",
  ])(
    "never reads a fraction of what went to a place it does not know as a share of the total: %s",
    async (text) => {
      // as a share of November's 6,150 t, Japan's 305 t (5%) would have been called wrong
      expect(await verdicts(text, "2025-12-20")).toEqual([["305 t", "supported"]]);
    },
  );

  it("still reads a fraction of what went to all destinations as a share", async () => {
    const text =
      "Japan received 305 t of magnets in November, about 5% of the volume shipped to all destinations.";
    expect(await verdicts(text, "2025-12-20")).toEqual([
      ["305 t", "supported"],
      ["about 5% of the volume", "supported"],
    ]);
  });
});
