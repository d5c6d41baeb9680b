// "Germany's share was just under 22%": "just" before a hedge of its own belongs to the hedge, not
// to the words a reporter sets before a share without hedging it ("only 4%", "just 3.7%"). It was
// read as "under 22%", any share below 22%, so a share of 20.4% bore out "just under 22%" and
// "just under 30%", and "just over 19%" was any share above 19%.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";

const share = (t: string) => {
  const c = extractClaims(t, { published: "2025-12-20" }).find((x) => x.kind === "share");
  return c?.stated.type === "share"
    ? [c.stated.hedge, c.stated.firm ?? { low: c.stated.low, high: c.stated.high }]
    : null;
};

describe("a share noun's figure after 'just' and a hedge", () => {
  it("reads 'just under' and 'just over' as the narrow hedges they are", () => {
    expect(share("Germany's share in October was just under 22%.")).toEqual([
      "just_under",
      { low: 20.9, high: 22 },
    ]);
    expect(share("Germany's share in October was just over 19%.")).toEqual([
      "just_over",
      { low: 19, high: 19.95 },
    ]);
  });

  it("keeps 'just' as a plain word before an unhedged share", () => {
    expect(share("Germany's share in October was just 20.4%.")).toEqual([null, { low: 20.35, high: 20.45 }]);
  });
});
