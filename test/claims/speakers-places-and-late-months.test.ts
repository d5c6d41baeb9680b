// Two readings that used to date or place a figure wrongly. A place that is the seat of who speaks
// ("a Hong Kong brokerage", "a Singapore-based trader") is not where the goods went. A month after
// "not until" is when something at last happened ("It was not until July that ..."), not the end of
// a span from January.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function claimOf(text: string, quote: string, published = "2026-01-22") {
  const r = await verifyClaims(store, text, { published });
  const c = r.claims.find((x) => x.text.includes(quote) || quote.includes(x.text));
  return { verdict: c?.verdict, partner: c?.partner, period: c?.period };
}

describe("a place that is where the speaker sits", () => {
  it("gives no destination to the figure a brokerage there reports", async () => {
    const got = await claimOf(
      "In a note, a Hong Kong brokerage put first-half magnet exports at 22,319 tonnes.",
      "22,319 tonnes",
    );
    expect(got).toEqual({ verdict: "supported", partner: "WLD", period: "2025-01..2025-06" });
  });

  it("leaves the destination named after a trader based elsewhere", async () => {
    const got = await claimOf(
      "A Singapore-based trader said magnet shipments to Japan came to 305 tonnes in November.",
      "305 tonnes",
    );
    expect(got).toEqual({ verdict: "supported", partner: "JPN", period: "2025-11" });
  });

  it("keeps a country's traders who bought the goods as the destination", async () => {
    const got = await claimOf("Japanese traders bought 305 tonnes of magnets in November.", "305 tonnes");
    expect(got.partner).toBe("JPN");
  });
});

describe("a month after 'not until'", () => {
  it("is the month of the level, never January to that month", async () => {
    const got = await claimOf(
      "Magnet exports were not until July back above 5,000 tonnes, at 5,577 tonnes.",
      "5,577 tonnes",
    );
    expect(got).toEqual({ verdict: "supported", partner: "WLD", period: "2025-07" });
  });

  it("reads a negation well before 'until' the same way", async () => {
    const got = await claimOf(
      "Magnet deliveries to the US did not climb back above 600 tonnes until October, when 656 tonnes left.",
      "656 tonnes",
    );
    expect(got).toEqual({ verdict: "supported", partner: "USA", period: "2025-10" });
  });

  it("still reads 'until July' without a negation as the year to July", async () => {
    const got = await claimOf("Magnet exports until July totalled 27,897 tonnes.", "27,897 tonnes");
    expect(got).toEqual({ verdict: "supported", partner: "WLD", period: "2025-01..2025-07" });
  });
});
