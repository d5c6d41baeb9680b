// A month carried over from earlier text makes a figure's reading plausible, never certain: a right
// figure is supported on it, a wrong one stays unverifiable (ambiguous), even where the text's lead
// names that month and nothing since names another; and a true figure of another month or destination
// given right after is never contradicted.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

/** The verdict and explanation of the claim whose words are `quote`. */
async function verdictOf(text: string, quote: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text.includes(quote) || quote.includes(x.text));
  return { verdict: c?.verdict, explanation: c?.explanation ?? "", period: c?.period };
}

describe("a carried month", () => {
  it("leaves a wrong destination figure given right after the lead's month unverifiable", async () => {
    const got = await verdictOf(
      "China's rare-earth magnet exports eased to 5,952 tonnes in December, customs figures showed. South Korea received 870 tonnes.",
      "870 tonnes",
      "2026-01-22",
    );
    expect(got.period).toBe("2025-12");
    expect(got.verdict).toBe("unverifiable");
    expect(got.explanation).toMatch(/period carried over from earlier text/);
  });

  it("leaves a wrong month-on-month change of a destination named in its own sentence unverifiable", async () => {
    const got = await verdictOf(
      "Magnet shipments from China came to 5,952 t in December. Deliveries to the United States slid 15% m/m.",
      "15%",
      "2026-01-21",
    );
    expect(got.verdict).toBe("unverifiable");
    expect(got.explanation).toMatch(/carried over from earlier text/);
  });

  it("still supports a right figure read on the carried month", async () => {
    const got = await verdictOf(
      "China's rare-earth magnet exports eased to 5,952 tonnes in December. South Korea received 815 tonnes.",
      "815 tonnes",
      "2026-01-22",
    );
    expect(got.verdict).toBe("supported");
  });
});

describe("a carried month the text leaves in doubt", () => {
  const notContradicted = async (text: string, quote: string, published: string) =>
    expect((await verdictOf(text, quote, published)).verdict, text).not.toBe("contradicted");

  it("when another month is named as a figure's own between the lead and the figure", async () => {
    await notContradicted(
      "China's magnet exports eased to 5,952 tonnes in December. In October, South Korea had taken 569 tonnes. Japan received 250 tonnes.",
      "250 tonnes",
      "2026-01-22",
    );
  });

  it("when the stated figure is another month's the text names, even as a base", async () => {
    await notContradicted(
      "Magnet exports rose 12.4% to 6,150 t in November from 5,473 t in October. Japan took 226 t.",
      "226 t",
      "2025-12-21",
    );
  });

  it("when the figure's own sentence has words of another period", async () => {
    for (const text of [
      "Magnet exports hit 6,150 t in November. Shipments to Japan were 226 t a month earlier.",
      "Magnet exports hit 6,150 t in November. Shipments to Japan were 226 t the month before.",
      "Magnet exports hit 6,150 t in November. Japan took 2,890 t over the year.",
    ])
      await notContradicted(text, text.includes("2,890") ? "2,890 t" : "226 t", "2025-12-21");
  });

  it("when the text names a later month than the carried one", async () => {
    await notContradicted(
      "Magnet exports to Germany came to 1,118 t in October. Korea took 900 t. December's total was 5,952 t.",
      "900 t",
      "2026-01-22",
    );
  });

  it("when the sentence names another destination, another good or an import", async () => {
    for (const [text, quote] of [
      [
        "Magnet exports eased to 5,952 tonnes in December. South Korea received 870 tonnes, more than Germany.",
        "870 tonnes",
      ],
      [
        "Magnet exports eased to 5,952 tonnes in December. South Korea received 870 tonnes of alloy.",
        "870 tonnes",
      ],
      ["Magnet exports eased to 5,952 tonnes in December. South Korea imported 870 tonnes.", "870 tonnes"],
    ] as const)
      await notContradicted(text, quote, "2026-01-22");
  });

  it("when a heading, a question or other words of time come between the lead and the figure", async () => {
    for (const text of [
      "Magnet exports from China eased to 5,473 t in October.\n\n## Earlier in the year\nThe US took 15%.",
      "Magnet exports from China eased to 5,473 t in October.\n\nQ: And what did the summer look like?\nA: The US took 15%.",
      "Magnet exports from China eased to 5,473 t in October. Over the year as a whole things looked different. The US took 15%.",
      "Magnet exports from China eased to 5,473 t in October. Under the earlier licensing rules, the US took 15%.",
    ])
      await notContradicted(text, "15%", "2025-11-21");
  });

  it("when the sentence gives a second figure of the same kind, a comparison's", async () => {
    await notContradicted(
      "Magnet exports from China eased to 5,473 t in October. The US share: 12.0% (7.3%).",
      "7.3%",
      "2025-11-21",
    );
  });

  it("when a share is of something else than the total", async () => {
    for (const text of [
      "Magnet exports from China eased to 5,473 t in October. Korea took 30% of the Asia-bound tonnage.",
      "Magnet exports from China eased to 5,473 t in October. Korea accounted for 30% of the decline.",
    ])
      await notContradicted(text, "30%", "2025-11-21");
  });

  it("when the month is not the latest the publication date allows, or the one before", async () => {
    await notContradicted(
      "China's rare-earth magnet exports eased to 5,952 tonnes in December. South Korea received 870 tonnes.",
      "870 tonnes",
      "2026-04-02",
    );
  });
});

describe("a span that opens the text as its heading", () => {
  // the lead block's year-to-date span was both the section's period and the span stepped aside to,
  // and choosing among the carried periods found none left: verify threw instead of reading on
  it("is read on, and the figures after it keep the months their own clauses name", async () => {
    const text =
      "As of June 30, 2025, spot tungsten prices in Rotterdam had reached USD 400-450/mtu, a 52.1% year-to-date gain. Monthly market note\n\nCustoms figures show China shipped 6,150 t of rare-earth magnets in November 2025, about five times the 1,238 t low of May 2025.";
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims.map((c) => [c.text, c.period, c.verdict])).toEqual([
      ["6,150 t", "2025-11", "supported"],
      ["about five times", "2025-11", "supported"],
      ["1,238 t", "2025-05", "supported"],
    ]);
  });
});
