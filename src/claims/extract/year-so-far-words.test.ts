// The year so far said by the month it runs to: "by August ... this year", "as of October",
// "through the end of September", "up until May", "in the year to date through June" close a span
// that opens in January.
// After "by" or "as of" the span is read only where the clause counts the year ("this year", "in
// total"); "By November exports had recovered to 6,150 t" dates the month's own figure. Either way
// the other is kept as a reading: borne out by either, called wrong only when neither fits.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("the year so far, said by the month it runs to", () => {
  it.each([
    [
      "By July, China had shipped 27,897 tonnes of magnets abroad this year.",
      "2025-08-22",
      "27,897",
      "2025-01..2025-07",
    ],
    [
      "Rare-earth exports through the end of October added up to 61,000 t.",
      "2025-11-21",
      "61,000",
      "2025-01..2025-10",
    ],
    [
      "As of September, the year's magnet shipments stood at 39,817 t.",
      "2025-10-24",
      "39,817",
      "2025-01..2025-09",
    ],
    [
      "Up until June, magnet shipments abroad totalled 22,319 tonnes.",
      "2025-07-18",
      "22,319",
      "2025-01..2025-06",
    ],
    [
      "Magnet exports in the year to date through October came to 45,290 t.",
      "2025-11-21",
      "45,290",
      "2025-01..2025-10",
    ],
    [
      "As at the end of August, magnet exports had reached 34,043 tonnes in total.",
      "2025-09-19",
      "34,043",
      "2025-01..2025-08",
    ],
  ])("opens in January: %s", (text, published, words, period) => {
    expect(find(text, published, words)?.period).toBe(period);
  });

  it("reads a month's own figure after 'by' when the clause counts no year, keeping the year so far", () => {
    const c = find("By October, monthly magnet exports had eased to 5,473 t.", "2025-11-21", "5,473");
    expect(c?.period).toBe("2025-10");
    expect(c?.alternatives.map((a) => a.period)).toContain("2025-01..2025-10");
  });

  it("keeps the month's own figure as another reading of the year so far", () => {
    const c = find(
      "By July, China had shipped 27,897 tonnes of magnets abroad this year.",
      "2025-08-22",
      "27,897",
    );
    expect(c?.alternatives.map((a) => a.period)).toContain("2025-07");
  });
});

describe("the year so far, said without its month", () => {
  it.each([
    ["October's dip left magnet exports for the year so far 5.2% below the same period of 2024.", "5.2%"],
    ["Counting October, rare-earth shipments this year are 10.5% ahead of 2024's pace.", "10.5%"],
    ["Rare-earth exports this year total 52,699 t.", "52,699"],
    ["Magnet shipments since the start of the year are down 5.2%, October data show.", "5.2%"],
    ["With October in, rare-earth exports in total this year are 10.5% higher.", "10.5%"],
    ["Rare-earth shipments are up 10.5% this year, October's customs figures show.", "10.5%"],
  ])("runs to the latest month: %s", (text, words) => {
    expect(find(text, "2025-11-24", words)?.period).toBe("2025-01..2025-10");
  });

  it("leaves a move since January counted from January", () => {
    const c = find("Rare-earth exports since January have risen 4% to 4,343.5 t.", "2025-11-24", "4%");
    expect(c?.stated.type === "change" ? c.stated.basis : null).toBe("2025-01");
  });

  it("leaves 'this year' that dates a month to the month", () => {
    expect(find("Exports in April this year were 2,626 t of magnets.", "2025-11-24", "2,626")?.period).toBe(
      "2025-04",
    );
  });
});
