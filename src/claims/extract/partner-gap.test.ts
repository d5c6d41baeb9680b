// A gap or a ratio taken against the tonnage that went to another destination, written out: "51%
// more than the 854 t that went to South Korea", "15% above the 569 t shipped to South Korea", "434 t
// more than the 854 t that went to South Korea". Those words had been read as a change over time.
import { describe, expect, it } from "vitest";
import { ratioPartner, versusPartner } from "./partner-gap.js";
import { findPartners } from "./subjects.js";

const against = (clause: string, words: string, read: typeof ratioPartner | "versus") => {
  const start = clause.indexOf(words);
  const end = start + words.length;
  const partners = findPartners(clause);
  const p = read === "versus" ? versusPartner(clause, end, partners) : read(clause, start, end, partners);
  return p?.value ?? null;
};

describe("a tonnage that went to another destination as the base", () => {
  it.each([
    [
      "Germany received 1,288 t in September, 51% more than the 854 t that went to South Korea",
      "51% more",
      "KOR",
    ],
    ["The U.S. took 656 t in October, 15% above the 569 t shipped to South Korea", "15% above", "KOR"],
    [
      "Germany received 1,288 t, about 1.5 times the 854 t which went to South Korea",
      "about 1.5 times",
      "KOR",
    ],
    // the destination named after its tonnage, with its own verb
    ["Germany took 1,118 t in October, 96% more than the 569 t South Korea took", "96% more", "KOR"],
    ["The U.S. took 656 t in October, 15% above the 569 t Korea received", "15% above", "KOR"],
  ])("a percentage or multiple: %s", (clause, words, partner) => {
    expect(against(clause, words, ratioPartner)).toBe(partner);
  });

  it.each([
    [
      "Germany received 1,288 t in September, 434 t more than the 854 t that went to South Korea",
      "434 t more",
      "KOR",
    ],
    ["The US took 46 t in May, 104 t less than the 150 t shipped to India", "104 t less", "IND"],
    [
      "Magnet shipments to Germany were 1,118 t in October, 549 t more than the 569 t South Korea bought",
      "549 t more",
      "KOR",
    ],
  ])("a difference in tonnes: %s", (clause, words, partner) => {
    expect(against(clause, words, "versus")).toBe(partner);
  });

  it("not a destination named after a tonnage without a verb of its own", () => {
    // the tonnage is the month's; "South Korea" opens the next words, not what it took
    expect(
      against(
        "Germany took 1,118 t, 96% more than the 569 t South Korea exporters expected",
        "96% more",
        ratioPartner,
      ),
    ).toBe(null);
  });

  it("not a month's tonnage of the same destination", () => {
    expect(
      against("Germany took 1,288 t, 58 t less than the 1,346 t it took in August", "58 t less", "versus"),
    ).toBe(null);
  });
});
