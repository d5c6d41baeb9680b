// A month that dates when a policy began to apply ("after the curbs came into force in April",
// "after the rules went into effect in April", "once the export rules kicked in back in April") is
// the policy's, not the period of the figure in the same clause.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const periodOf = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words))?.period;

describe("a month that dates the start of a policy", () => {
  it.each([
    ["Magnet exports rose 6% after the licensing rules went into effect in April.", "rose 6%"],
    ["Shipments of magnets fell 9% once the export rules kicked in back in April.", "fell 9%"],
    ["Magnet sales abroad slid 4% after the curbs came into force in April.", "slid 4%"],
  ])("does not date the figure: %s", (text, words) => {
    expect(periodOf(text, "2025-10-22", words)).not.toBe("2025-04");
  });

  it("keeps a month the figure's own words name", () => {
    expect(
      periodOf(
        "Magnet exports fell 51% in April, when the licensing rules went into effect.",
        "2025-10-22",
        "fell 51%",
      ),
    ).toBe("2025-04");
  });
});
