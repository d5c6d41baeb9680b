// How reporters say a month beat every month before it without the word "record": "the most it has
// ever shipped", "more than in any previous month", "a level never seen before", "an unprecedented
// 6,357 t". Each is a rank on the whole record, of the clause's subject: "it" after China named in
// the same clause is China, so the total, not a destination spoken of before.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const rankAt = async (text: string, quote: string, published: string) => {
  const c = await claimAt(store, text, quote, published);
  return c === undefined ? null : [c.kind, c.partner, c.period, c.verdict];
};

// magnets, world: January 2025 6,357 t (the highest month held), August 2025 6,146 t; US May 2025 46 t
describe("a record said without the word", () => {
  it("'the most it has ever exported' after China's exports is the total's, and wrong for a month below January 2025", async () => {
    const text =
      "Japan bought more in August. China's magnet exports rose to 6,146 t that month, the most it has ever exported in one month.";
    expect(await rankAt(text, "most it has ever exported in one month", "2025-09-25")).toEqual([
      "rank",
      "WLD",
      "2025-08",
      "contradicted",
    ]);
  });

  it("'more than in any previous month' is the record: borne out by January 2025, wrong for August", async () => {
    expect(
      await rankAt(
        "Magnet exports reached 6,357 t in January 2025, more than in any previous month.",
        "more than in any previous month",
        "2025-02-25",
      ),
    ).toEqual(["rank", "WLD", "2025-01", "supported"]);
    expect(
      await rankAt(
        "Magnet exports reached 6,146 t in August 2025, more than in any previous month.",
        "more than in any previous month",
        "2025-09-25",
      ),
    ).toEqual(["rank", "WLD", "2025-08", "contradicted"]);
  });

  it("'a level never seen before' and 'an unprecedented' take their side from the verb", async () => {
    expect(
      await rankAt(
        "Magnet exports climbed to 6,146 t in August 2025, a level never seen before.",
        "a level never seen before",
        "2025-09-25",
      ),
    ).toEqual(["rank", "WLD", "2025-08", "contradicted"]);
    expect(
      await rankAt(
        "Magnet exports climbed to an unprecedented 6,357 t in January 2025.",
        "an unprecedented",
        "2025-02-25",
      ),
    ).toEqual(["rank", "WLD", "2025-01", "supported"]);
  });

  it("is not read when no verb gives its side, or when a year bounds it", async () => {
    expect(
      await rankAt(
        "Magnet exports were an unprecedented 6,146 t in August 2025.",
        "an unprecedented",
        "2025-09-25",
      ),
    ).toBeNull();
    expect(
      await rankAt(
        "Shipments to the US fell to 46 t in May 2025, a level not seen before 2024.",
        "a level not seen before",
        "2025-06-25",
      ),
    ).toBeNull();
  });
});

// magnets, world, 2025: January 6,357 t, August 6,146 t and November 6,150 t were the months above 6,000 t
describe("a bound that some months of a span passed", () => {
  it("is not checked against the span's total", async () => {
    for (const [text, quote] of [
      ["August was one of only two months in 2025 when magnet exports topped 6,100 t.", "topped 6,100 t"],
      [
        "So far in 2025 there have been three months in which magnet exports exceeded 6,000 tonnes.",
        "exceeded 6,000 tonnes",
      ],
    ] as const) {
      const c = await claimAt(store, text, quote, "2025-12-22");
      expect([c?.period, c?.verdict]).toEqual(["2025-01..2025-11", "unverifiable"]);
      expect(c?.explanation).toContain("said of each month of the span");
    }
  });
});

// magnets, world: October-December 2025 17,575 t
describe("the year's last quarter named without its number", () => {
  it("'the final quarter' and 'the last quarter of 2025' are October to December", async () => {
    for (const text of [
      "In the final quarter, magnet exports came to 17,575 t.",
      "Magnet exports in the last quarter of 2025 were 17,575 t.",
    ]) {
      const c = await claimAt(store, text, "17,575 t", "2026-01-20");
      expect([c?.period, c?.verdict]).toEqual(["2025-10..2025-12", "supported"]);
    }
  });

  it("'the last quarter' alone may be the latest quarter, and is left unread", async () => {
    const c = await claimAt(
      store,
      "Magnet exports in the last quarter were 17,575 t.",
      "17,575 t",
      "2026-01-20",
    );
    expect(c?.period).toBeNull();
  });
});

// rare earths, world: December 2024 3,326 t, December 2025 4,392 t (+32.1%)
describe("'December last year' in a January story about December", () => {
  it("is the December a year before the claim's, not the claim's own month", async () => {
    const text = "Rare-earth exports rose 32% in December compared with December last year.";
    const c = await claimAt(store, text, "rose 32%", "2026-01-20");
    expect([c?.period, c?.verdict]).toEqual(["2025-12", "supported"]);
    const wrong = await claimAt(store, text.replace("32%", "45%"), "rose 45%", "2026-01-20");
    expect(wrong?.verdict).toBe("contradicted");
  });
});
